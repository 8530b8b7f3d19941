#pragma once

#include <QString>

class QWidget;

// A second start of Stallpay on a data folder that is in use brings the running till's window to
// the front (InstanceChannel), instead of only being refused by the folder's lock.
namespace SecondStart {
// Before this start opens the folder: true when a Stallpay already runs on it and came to the
// front, so this start has nothing more to do.
bool handOver(const QString &dataDir);
// The running till: brings `window` to the front, unminimised and active, at each later start on
// the folder, and logs it on stderr ("stallpay.instance").
void listen(const QString &dataDir, QWidget *window);
} // namespace SecondStart
