#include "ui/dashboard/activityfiltermodel.h"

#include "core/model/syncevent.h"
#include "ui/dashboard/activitymodel.h"

namespace wharf {

ActivityFilterModel::ActivityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ActivityFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ActivityFilterModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto severity = SyncEvent::Severity(index.data(ActivityModel::SeverityRole).toInt());
    if (m_show == Show::WarningsAndErrors && severity == SyncEvent::Severity::Info)
        return false;
    if (m_show == Show::ErrorsOnly && severity != SyncEvent::Severity::Error)
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(ActivityModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace wharf
