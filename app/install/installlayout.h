#pragma once

#include <QString>

// Where an installed Stallpay keeps what it reads at run time, found from the program's own
// folder (so /usr, /usr/local and Flatpak's /app all work), and the application id that names it
// to the desktop (desktop file, AppStream, icon, Wayland app id).
namespace InstallLayout {
// "se.stallpay.Stallpay".
QString appId();
// The version of this build ("0.1.0").
QString version();
// Sets the application's name, organisation, domain and version. The names pick the default data
// folder (~/.local/share/Stallpay/Stallpay), so they stay as they are.
void nameApplication();
// The installed translations beside the program (<prefix>/share/stallpay/translations for
// <prefix>/bin/stallpay), or empty where there are none, e.g. when run from the build tree, which
// uses the copies built into the program.
QString translationsDir();
} // namespace InstallLayout
