#pragma once

#include <QIcon>

// How Stallpay names itself to the desktop: the application and organisation names (which also
// pick the default data folder), the version, the desktop file name (the Wayland app id and the
// menu entry it belongs to, se.stallpay.Stallpay) and the window icon every window and dialog
// inherits.
namespace Identity {
// Before any window; needs a QGuiApplication for the desktop file name and the icon.
void apply();
// The app icon in all its sizes, from the resources.
QIcon icon();
} // namespace Identity
