#include "logging.h"

namespace wharf::sandbox {
Q_LOGGING_CATEGORY(lcSandbox, "wharf.sandbox")
} // namespace wharf::sandbox
