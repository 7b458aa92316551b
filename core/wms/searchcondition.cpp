#include "core/wms/searchcondition.h"

using namespace Qt::StringLiterals;

namespace wharf::wms {

namespace {

QJsonObject comparison(const QString &type, const QString &pointer, const QString &value, const QString &method)
{
    return QJsonObject {{u"type"_s, type},
                        {u"field"_s, QJsonObject {{u"type"_s, u"JsonField"_s}, {u"pointer"_s, pointer}}},
                        {u"value"_s, QJsonObject {{u"type"_s, u"ValueField"_s}, {u"value"_s, value}}},
                        {u"method"_s, method}};
}

} // namespace

QJsonObject SearchCondition::text(const QString &pointer, const QString &value, const QString &method)
{
    return comparison(u"TextComparisonCondition"_s, pointer, value, method);
}

QJsonObject SearchCondition::dateTime(const QString &pointer, const QString &isoValue, const QString &method)
{
    return comparison(u"DateTimeComparisonCondition"_s, pointer, isoValue, method);
}

QJsonObject SearchCondition::allOf(const QJsonArray &conditions)
{
    return QJsonObject {{u"type"_s, u"AndCondition"_s}, {u"conditions"_s, conditions}};
}

QJsonObject SearchCondition::anyOf(const QJsonArray &conditions)
{
    return QJsonObject {{u"type"_s, u"OrCondition"_s}, {u"conditions"_s, conditions}};
}

QJsonObject SearchCondition::body(const QJsonObject &condition)
{
    return QJsonObject {{u"condition"_s, condition}};
}

} // namespace wharf::wms
