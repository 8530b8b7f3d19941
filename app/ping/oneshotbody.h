#pragma once

#include <QIODevice>

// A request body that can be read once and not rewound. Qt's HTTP stack silently sends a request
// again when the connection drops before the answer, even a POST, as long as it can re-read the
// body; with this body it cannot, so it reports ContentReSendError instead, and the sync engine
// reconciles ("did that create a link?") rather than creating a second payment link.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_pos) + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
