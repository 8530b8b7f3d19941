#pragma once

#include <QWidget>

class QLabel;
struct Sale;

// "Paid", unmistakable from a metre away: a big check, the word, the amount and how it was paid
// (Swish, card, cash). The seller's payment view and the payer's customer screen show the same.
class PaidPanel : public QWidget
{
    Q_OBJECT
public:
    // scale: 1 on the till, more on the customer screen.
    explicit PaidPanel(qreal scale = 1.0, QWidget *parent = nullptr);

    // headline: "Paid" for the seller, "Paid — thank you!" for the payer.
    void setSale(const Sale &sale, const QString &headline);

    QLabel *checkLabel() const { return m_check; }
    QLabel *headlineLabel() const { return m_headline; }
    QLabel *amountLabel() const { return m_amount; }
    QLabel *methodLabel() const { return m_method; }

private:
    QLabel *m_check;
    QLabel *m_headline;
    QLabel *m_amount;
    QLabel *m_method;
};
