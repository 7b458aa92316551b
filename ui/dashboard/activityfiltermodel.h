#pragma once

#include <QSortFilterProxyModel>

namespace wharf {

// Narrows the activity log to what someone is looking for: words (an order number, a SKU, an
// error) and a least severity ("warnings and errors" when chasing a problem).
class ActivityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show { Everything, WarningsAndErrors, ErrorsOnly };

    explicit ActivityFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setShow(Show show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    Show m_show = Show::Everything;
};

} // namespace wharf
