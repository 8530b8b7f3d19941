#pragma once

#include <QCoreApplication>
#include <QString>

// Checks the payer's phone number and e-mail address before a payment link is sent to them, and
// says in words what is wrong. Numbers are normalised to E.164 (070-123 45 67 → +46701234567);
// a number without a country code is taken as Swedish.
class ContactValidator
{
    Q_DECLARE_TR_FUNCTIONS(ContactValidator)
public:
    // A mobile number that can receive an SMS. On success *e164 is set and the error is empty.
    static bool checkMobile(const QString &input, QString *e164, QString *error);
    // An e-mail address: trimmed, one @, a domain with a dot, no spaces.
    static bool checkEmail(const QString &input, QString *normalised, QString *error);
    // For people: +46701234567 → "070-123 45 67" (national format for Swedish numbers).
    static QString displayPhone(const QString &e164);
};
