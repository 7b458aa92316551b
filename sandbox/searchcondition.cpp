#include "searchcondition.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace wharf::sandbox {

namespace {

const QStringList kTextMethods {u"EQUAL_TO"_s, u"NOT_EQUAL_TO"_s, u"CONTAINS"_s, u"DOES_NOT_CONTAIN"_s,
                                u"STARTS_WITH"_s};
const QStringList kOrderedMethods {u"EQUAL_TO"_s,     u"NOT_EQUAL_TO"_s,
                                   u"GREATER_THAN"_s, u"GREATER_THAN_OR_EQUAL_TO"_s,
                                   u"LESS_THAN"_s,    u"LESS_THAN_OR_EQUAL_TO"_s};

QJsonValue resolvePointer(const QJsonObject &entity, const QString &pointer)
{
    QJsonValue current = entity;
    for (const QString &raw : pointer.split(u'/', Qt::SkipEmptyParts)) {
        QString part = raw;
        part.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (current.isObject()) {
            current = current.toObject().value(part);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            current = ok ? current.toArray().at(index) : QJsonValue(QJsonValue::Undefined);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

template<typename T> bool compare(const T &a, const T &b, const QString &method)
{
    if (method == u"EQUAL_TO")
        return a == b;
    if (method == u"NOT_EQUAL_TO")
        return a != b;
    if (method == u"GREATER_THAN")
        return a > b;
    if (method == u"GREATER_THAN_OR_EQUAL_TO")
        return a >= b;
    if (method == u"LESS_THAN")
        return a < b;
    if (method == u"LESS_THAN_OR_EQUAL_TO")
        return a <= b;
    return false;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

} // namespace

std::optional<SearchCondition> SearchCondition::parse(const QJsonObject &body,
                                                      const QHash<QString, QString> &valueFields, QString *error)
{
    if (!body.contains(u"condition"_s) || !body.value(u"condition"_s).isObject()) {
        *error = u"Missing field: condition"_s;
        return std::nullopt;
    }
    const QJsonObject condition = body.value(u"condition"_s).toObject();
    const QString type = condition.value(u"type"_s).toString();
    if ((type != u"AndCondition" && type != u"OrCondition") || !condition.value(u"conditions"_s).isArray()) {
        *error = u"Missing field: conditions"_s;
        return std::nullopt;
    }
    if (!validate(condition, valueFields, error))
        return std::nullopt;
    SearchCondition parsed;
    parsed.m_condition = condition;
    parsed.m_valueFields = valueFields;
    return parsed;
}

bool SearchCondition::validate(const QJsonObject &condition, const QHash<QString, QString> &valueFields, QString *error)
{
    const QString type = condition.value(u"type"_s).toString();
    if (type == u"AndCondition" || type == u"OrCondition") {
        if (!condition.value(u"conditions"_s).isArray()) {
            *error = u"Missing field: conditions"_s;
            return false;
        }
        for (const QJsonValue &child : condition.value(u"conditions"_s).toArray()) {
            if (!validate(child.toObject(), valueFields, error))
                return false;
        }
        return true;
    }
    static const QStringList comparisons {u"TextComparisonCondition"_s, u"NumericComparisonCondition"_s,
                                          u"DateComparisonCondition"_s, u"DateTimeComparisonCondition"_s,
                                          u"BooleanComparisonCondition"_s};
    if (!comparisons.contains(type)) {
        *error = u"Unknown condition type: "_s + type;
        return false;
    }
    const QJsonObject field = condition.value(u"field"_s).toObject();
    const QString fieldType = field.value(u"type"_s).toString();
    if (fieldType == u"JsonField") {
        if (!field.value(u"pointer"_s).toString().startsWith(u'/')) {
            *error = u"Invalid JSON pointer: "_s + field.value(u"pointer"_s).toString();
            return false;
        }
    } else if (fieldType == u"ValueField") {
        if (!valueFields.contains(field.value(u"value"_s).toString())) {
            *error = u"Unknown field: "_s + field.value(u"value"_s).toString();
            return false;
        }
    } else {
        *error = u"Missing field: field"_s;
        return false;
    }
    const QJsonObject value = condition.value(u"value"_s).toObject();
    if (value.value(u"type"_s).toString() != u"ValueField" || !value.contains(u"value"_s)) {
        *error = u"Missing field: value"_s;
        return false;
    }
    const QString method = condition.value(u"method"_s).toString(u"EQUAL_TO"_s);
    if (type == u"TextComparisonCondition" && !kTextMethods.contains(method)) {
        *error = u"Invalid method for TextComparisonCondition: "_s + method;
        return false;
    }
    if ((type == u"NumericComparisonCondition" || type == u"DateComparisonCondition"
         || type == u"DateTimeComparisonCondition")
        && !kOrderedMethods.contains(method)) {
        *error = u"Invalid method for "_s + type + u": "_s + method;
        return false;
    }
    if (type == u"DateTimeComparisonCondition"
        && !QDateTime::fromString(value.value(u"value"_s).toString(), Qt::ISODateWithMs).isValid()) {
        *error = u"Invalid date-time value: "_s + value.value(u"value"_s).toString();
        return false;
    }
    if (type == u"DateComparisonCondition"
        && !QDate::fromString(value.value(u"value"_s).toString().left(10), Qt::ISODate).isValid()) {
        *error = u"Invalid date value: "_s + value.value(u"value"_s).toString();
        return false;
    }
    return true;
}

QString SearchCondition::pointerOf(const QJsonObject &field) const
{
    if (field.value(u"type"_s).toString() == u"JsonField")
        return field.value(u"pointer"_s).toString();
    return m_valueFields.value(field.value(u"value"_s).toString());
}

bool SearchCondition::matches(const QJsonObject &entity) const
{
    return evaluate(m_condition, entity);
}

bool SearchCondition::evaluate(const QJsonObject &condition, const QJsonObject &entity) const
{
    const QString type = condition.value(u"type"_s).toString();
    if (type == u"AndCondition" || type == u"OrCondition") {
        const bool isAnd = type == u"AndCondition";
        for (const QJsonValue &child : condition.value(u"conditions"_s).toArray()) {
            const bool result = evaluate(child.toObject(), entity);
            if (isAnd && !result)
                return false;
            if (!isAnd && result)
                return true;
        }
        return isAnd; // an empty And matches everything, an empty Or nothing
    }
    const QJsonValue actual = resolvePointer(entity, pointerOf(condition.value(u"field"_s).toObject()));
    const QJsonValue wanted = condition.value(u"value"_s).toObject().value(u"value"_s);
    const QString method = condition.value(u"method"_s).toString(u"EQUAL_TO"_s);
    if (actual.isUndefined() || actual.isNull())
        return false; // a field the entity does not have matches no comparison
    if (type == u"TextComparisonCondition") {
        const QString a = scalarText(actual);
        const QString b = scalarText(wanted);
        if (method == u"EQUAL_TO")
            return a == b;
        if (method == u"NOT_EQUAL_TO")
            return a != b;
        if (method == u"CONTAINS")
            return a.contains(b, Qt::CaseInsensitive);
        if (method == u"DOES_NOT_CONTAIN")
            return !a.contains(b, Qt::CaseInsensitive);
        return a.startsWith(b);
    }
    if (type == u"NumericComparisonCondition")
        return compare(scalarText(actual).toDouble(), scalarText(wanted).toDouble(), method);
    if (type == u"DateComparisonCondition") {
        return compare(QDate::fromString(scalarText(actual).left(10), Qt::ISODate),
                       QDate::fromString(scalarText(wanted).left(10), Qt::ISODate), method);
    }
    if (type == u"DateTimeComparisonCondition") {
        const QDateTime a = QDateTime::fromString(scalarText(actual), Qt::ISODateWithMs);
        const QDateTime b = QDateTime::fromString(scalarText(wanted), Qt::ISODateWithMs);
        if (!a.isValid() || !b.isValid())
            return false;
        return compare(a.toMSecsSinceEpoch(), b.toMSecsSinceEpoch(), method);
    }
    // BooleanComparisonCondition
    const bool equal = actual.toBool() == (wanted.isBool() ? wanted.toBool() : scalarText(wanted) == u"true");
    return method == u"NOT_EQUAL_TO" ? !equal : equal;
}

} // namespace wharf::sandbox
