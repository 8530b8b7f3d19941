#include "sandboxlog.h"

Q_LOGGING_CATEGORY(lcSandbox, "stallpay.sandbox")
