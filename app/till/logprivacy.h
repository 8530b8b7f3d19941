#pragma once

#include <QString>

// What never reaches the log, whatever logs it: the payer's phone numbers and e-mail addresses,
// and the account's IDs (tenant, merchant, split tree) and secret. One message handler in front of
// the one installed before it (Qt's, or a test's) rewrites each message first: values handed to
// hide() and any ID after "/merchants/" in a path become "‹hidden›", an e-mail address "‹e-mail›",
// a phone number (E.164, or a Swedish mobile as people write it) "‹phone›". Names and street
// addresses have no pattern: no code logs them (tests/integration/privacy checks a whole run).
class LogPrivacy
{
public:
    // Once per process; later calls do nothing.
    static void install();
    // An account value to hide from now on (shorter than 6 characters: ignored, it would hide words).
    static void hide(const QString &value);
    // A message as the log gets it.
    static QString scrub(const QString &message);
};
