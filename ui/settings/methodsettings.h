#pragma once

#include <QGroupBox>
#include <QList>

class AppSettings;
class QCheckBox;
class QLabel;
class QVBoxLayout;

// The "Payment methods" group of the settings: one box per method the tenant may use (as GET
// tenant last said; Swish and card until it has answered), ticked when new payment links offer it.
class MethodSettings : public QGroupBox
{
    Q_OBJECT
public:
    explicit MethodSettings(QWidget *parent = nullptr);

    void load(const AppSettings &settings); // also when the tenant's methods changed
    void save(AppSettings &settings) const;
    QList<QCheckBox *> boxes() const { return m_boxes; }

private:
    QVBoxLayout *m_layout;
    QLabel *m_note;
    QList<QCheckBox *> m_boxes; // each with its "provider/method" key as the property "method"
};
