#include "core/net/createbudget.h"

#include <QTimer>

namespace wharf::net {

void CreateBudget::acquire(QObject *context, std::function<void()> go)
{
    const auto wait = reserve();
    if (m_scheduler)
        m_scheduler(wait, context, std::move(go));
    else
        QTimer::singleShot(wait, context, std::move(go));
}

} // namespace wharf::net
