#pragma once

#include <QPixmap>
#include <QWidget>

class PaidPanel;
class QAction;
class QLabel;
class QStackedLayout;
class QTimer;
class QrWidget;
class SaleOnScreen;
class Till;

// The payer's window: the sale put up for payment at the till (SaleOnScreen::forPayment) as a big QR code with the
// amount and the stall's name, "Paid — thank you" with the amount and method when it is paid (as the till shows it),
// and a welcome in between. Black on white whatever the desktop theme, for the camera and for the sun. Movable to a
// second screen; F11 toggles full screen.
class CustomerScreen : public QWidget
{
    Q_OBJECT
public:
    // Follows `onScreen`'s sale for payment (MainWindow::saleOnScreen()).
    CustomerScreen(Till &till, const SaleOnScreen &onScreen, QWidget *parent = nullptr);

    enum class Mode { Welcome, Paying, Paid };
    Mode mode() const { return m_mode; }
    QrWidget *qrWidget() const { return m_qr; }
    QString amountText() const;
    QString headline() const;
    // The stall's logo of the settings as shown on the welcome page; null without one.
    QPixmap logo() const;
    PaidPanel *paidPanel() const { return m_paid; }
    void setThankYouMs(int ms) { m_thankYouMs = ms; }
    // Shows itself full screen on the second screen when there is one, else as a window.
    void showOnBestScreen();
    // "Customer screen" (F10) for the seller's window: shows or hides this one.
    QAction *toggleAction() const { return m_toggle; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void follow(qint64 saleId);
    void refresh();
    void showWelcome();
    void retranslate();
    void showLogo();

    Till &m_till;
    const SaleOnScreen &m_onScreen;
    bool m_done = true; // the payer is through with the sale for payment (or there is none): welcome
    Mode m_mode = Mode::Welcome;
    int m_thankYouMs = 6000;
    QStackedLayout *m_pages;
    QLabel *m_welcomeLogo;
    QLabel *m_payLogo;
    QLabel *m_welcomeStall;
    QLabel *m_welcome;
    QLabel *m_payStall;
    QLabel *m_amount;
    QrWidget *m_qr;
    QLabel *m_scanHint;
    PaidPanel *m_paid; // as the seller's "Paid", with the thank-you
    QTimer *m_backToWelcome;
    QAction *m_toggle;
};
