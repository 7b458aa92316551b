#pragma once

#include <QLoggingCategory>

namespace wharf::sandbox {
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
} // namespace wharf::sandbox
