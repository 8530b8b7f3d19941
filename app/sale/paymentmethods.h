#pragma once

#include <QCoreApplication>
#include <QString>

// The payment methods a sale is settled with, as stored ("swish", "card", "cash", "invoice",
// "vipps"), for people. What is stored is the method the payer used, never the provider that
// carried it (payment_iq, verifone, …): providers change, the bookkeeper's "Card" does not.
class PaymentMethods
{
    Q_DECLARE_TR_FUNCTIONS(PaymentMethods)
public:
    // The stored method of a payment as the Payments API reports it (provider and method): Swish's
    // e_commerce/m_commerce (and the legacy "mobile") are "swish"; card, invoice and vipps are
    // themselves whoever carries them. Empty when neither says anything.
    static QString fromPayment(const QString &provider, const QString &method);
    // "Swish", "Card", "Cash", "Invoice", "Vipps" in the user's language. Rows written before the
    // method was stored name a card provider ("verifone", "payment_iq"): those read "Card" too.
    // Another unknown key stays as it is; empty stays empty.
    static QString displayName(const QString &method);
    // A whole phrase, so each language writes it its own way: "Paid with Swish", "Paid by card",
    // "Paid in cash" ("Betalt med kort", "Betalt kontant"); "Paid" when the method is not known.
    static QString paidWith(const QString &method);
    // The stored key a legacy provider name stands for ("verifone" → "card"); other keys unchanged.
    static QString normalized(const QString &method);
};
