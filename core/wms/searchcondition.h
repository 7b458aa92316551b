#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace wharf::wms {

// Builds CartonCloud search bodies ({"condition": …}). The top level must be an And or Or condition
// with a `conditions` array: a bare comparison there is refused ("Missing field: conditions").
class SearchCondition
{
public:
    // TextComparisonCondition on a JsonField pointer; method EQUAL_TO, STARTS_WITH, …
    static QJsonObject text(const QString &pointer, const QString &value,
                            const QString &method = QStringLiteral("EQUAL_TO"));
    // DateTimeComparisonCondition; `isoValue` a full ISO 8601 date-time with offset.
    static QJsonObject dateTime(const QString &pointer, const QString &isoValue, const QString &method);
    static QJsonObject allOf(const QJsonArray &conditions);
    static QJsonObject anyOf(const QJsonArray &conditions);
    // {"condition": c}
    static QJsonObject body(const QJsonObject &condition);
};

} // namespace wharf::wms
