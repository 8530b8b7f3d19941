#pragma once

#include "settings/credentialstore.h"

#include <QString>
#include <optional>

namespace Startup {
// Before the till opens its data folder: the welcome dialog on a first start (an empty folder),
// and the account dialog where the settings name a Ping account but the keychain cannot give its
// IDs. session gets the IDs the seller chose to use without a keychain. False when the seller
// closed the dialog instead of choosing.
bool prepare(const QString &dataDir, std::optional<CredentialStore::Credentials> *session);
} // namespace Startup
