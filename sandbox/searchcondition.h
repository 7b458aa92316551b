#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wharf::sandbox {

// CartonCloud's search grammar: {"condition": And/Or{conditions:[...]}} with Text, Numeric, Date,
// DateTime and Boolean comparisons on a JsonField (a JSON pointer into the entity) or a deprecated
// ValueField name. A top level that is not And/Or is refused with "Missing field: conditions".
class SearchCondition
{
public:
    // `valueFields` maps the deprecated ValueField names to pointers ("reference" ->
    // "/references/customer"). On a malformed condition returns nullopt and sets `error`.
    static std::optional<SearchCondition> parse(const QJsonObject &body, const QHash<QString, QString> &valueFields,
                                                QString *error);
    bool matches(const QJsonObject &entity) const;

private:
    static bool validate(const QJsonObject &condition, const QHash<QString, QString> &valueFields, QString *error);
    bool evaluate(const QJsonObject &condition, const QJsonObject &entity) const;
    QString pointerOf(const QJsonObject &field) const;

    QJsonObject m_condition;
    QHash<QString, QString> m_valueFields;
};

} // namespace wharf::sandbox
