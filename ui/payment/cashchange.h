#pragma once

#include "money/money.h"

#include <QWidget>

class QLabel;
class QLineEdit;

// For a cash payment: the amount the customer hands over, and the change to give back.
class CashChange : public QWidget
{
    Q_OBJECT
public:
    explicit CashChange(QWidget *parent = nullptr);

    void setTotal(Money total); // clears what was given
    QLineEdit *givenField() const { return m_given; }
    QLabel *changeLabel() const { return m_change; }

private:
    void update();

    Money m_total;
    QLineEdit *m_given;
    QLabel *m_change;
};
