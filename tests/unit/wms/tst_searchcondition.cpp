#include "core/wms/searchcondition.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using wharf::wms::SearchCondition;

class tst_SearchCondition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The first composed search of the reference (§6), byte for byte in meaning.
    void referenceAndCustomer()
    {
        const QJsonObject built = SearchCondition::body(
            SearchCondition::allOf({SearchCondition::text(u"/references/customer"_s, u"WC-acme-10452"_s),
                                    SearchCondition::text(u"/customer/id"_s, u"c001"_s)}));
        const QJsonObject expected = QJsonDocument::fromJson(R"({ "condition": { "type": "AndCondition", "conditions": [
          { "type": "TextComparisonCondition",
            "field": { "type": "JsonField", "pointer": "/references/customer" },
            "value": { "type": "ValueField", "value": "WC-acme-10452" },
            "method": "EQUAL_TO" },
          { "type": "TextComparisonCondition",
            "field": { "type": "JsonField", "pointer": "/customer/id" },
            "value": { "type": "ValueField", "value": "c001" },
            "method": "EQUAL_TO" } ] } })")
                                         .object();
        QCOMPARE(built, expected);
    }

    void dateTimeAndOr()
    {
        const QJsonObject c = SearchCondition::anyOf({SearchCondition::dateTime(
            u"/timestamps/modified/time"_s, u"2026-06-01T00:00:00+10:00"_s, u"GREATER_THAN_OR_EQUAL_TO"_s)});
        QCOMPARE(c.value(u"type"_s).toString(), u"OrCondition"_s);
        const QJsonObject inner = c.value(u"conditions"_s).toArray().first().toObject();
        QCOMPARE(inner.value(u"type"_s).toString(), u"DateTimeComparisonCondition"_s);
        QCOMPARE(inner.value(u"method"_s).toString(), u"GREATER_THAN_OR_EQUAL_TO"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SearchCondition)
#include "tst_searchcondition.moc"
