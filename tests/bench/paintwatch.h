#pragma once

#include <QElapsedTimer>
#include <QEvent>
#include <QWidget>

#include <functional>

// A bench's stopwatch for "painted": stops at the first paint event of the widget after arm() for
// which `ready` says the widget shows what is awaited (bench_charge: a new QR code; bench_paid: "Paid").
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, std::function<bool()> ready)
        : m_widget(widget)
        , m_ready(std::move(ready))
    {
        widget->installEventFilter(this);
    }
    void arm()
    {
        m_painted = false;
        m_timer.start();
    }
    bool painted() const { return m_painted; }
    double elapsedMs() const { return m_ms; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint && !m_painted && m_timer.isValid() && m_ready()) {
            m_ms = double(m_timer.nsecsElapsed()) / 1e6;
            m_painted = true;
        }
        return false;
    }

private:
    QWidget *m_widget;
    std::function<bool()> m_ready;
    QElapsedTimer m_timer;
    bool m_painted = false;
    double m_ms = 0;
};
