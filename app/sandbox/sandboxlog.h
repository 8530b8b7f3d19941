#pragma once

#include <QLoggingCategory>

namespace Sandbox {

// One category for the whole emulator, so the app's demo mode can silence it with one rule.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace Sandbox
