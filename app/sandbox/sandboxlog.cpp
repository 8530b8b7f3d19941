#include "sandbox/sandboxlog.h"

namespace Sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "stallpay.sandbox")

} // namespace Sandbox
