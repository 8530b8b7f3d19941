#pragma once

#include "sandbox/sandboxresponse.h"
#include "sandbox/sandboxstore.h"

#include <QObject>

#include <optional>

namespace Sandbox {

// The status rules of the spec's flow, in one place: a link is paid through a payment on its
// order; a declined, crashed or aborted payment leaves the link payable; cancelled, expired and
// completed links and closed orders take no new payments; links expire after their due date.
class PaymentFlow : public QObject
{
    Q_OBJECT

public:
    PaymentFlow(SandboxStore *store, int linkLifetimeDays, QObject *parent = nullptr);

    static const QStringList &paymentStatuses();

    // What the SMS gateway says of the link's SMS now: NOT_CREATED before distribute, then CREATED,
    // PENDING after half the delay, and after the delay delivered (spelt "DELIVERD" in the current
    // revision, as the C# SDK parses it; "DELIVERED" in the older one) or FAILED for a number the
    // admin API marked undeliverable. The older revision answers delivered (or FAILED) at once.
    QString smsStatus(const SandboxLink &link, bool currentRevision) const;

    // Makes one payment attempt on the link that ends in finalStatus (COMPLETED, DECLINED, ...).
    // provider empty: the link's first payment_provider_method. Returns the error answer when the
    // link cannot be paid; otherwise stores the payment and sets *paymentId.
    std::optional<SandboxResponse>
    payLink(const QString &linkId, const QString &provider, const QString &finalStatus, QString *paymentId);
    // Why the link cannot take a payment now, or nullopt when it can.
    std::optional<SandboxResponse> refusePayment(const SandboxLink &link);

    void setPaymentStatus(const QString &paymentId, const QString &status);
    void setLinkStatus(const QString &linkId, const QString &status);
    QDateTime expiryOf(const SandboxLink &link) const;
    // Expires every open link whose time is up; returns how many changed.
    int expireDueLinks();

signals:
    void linkStatusChanged(const QString &linkId, const QString &status, const QDateTime &at);
    void paymentStatusChanged(const QString &paymentId, const QString &status, const QDateTime &at);

private:
    SandboxStore *m_store;
    int m_linkLifetimeDays;
};

} // namespace Sandbox
