#pragma once

#include <QLoggingCategory>

// One category for the whole emulator, so the app's demo mode can silence it with one rule.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
