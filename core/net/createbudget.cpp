#include "core/net/createbudget.h"

#include <QTimer>

namespace wharf::net {

void CreateBudget::acquire(QObject *context, std::function<void()> go)
{
    const auto wait = reserve();
    QTimer::singleShot(wait, context, std::move(go));
}

} // namespace wharf::net
