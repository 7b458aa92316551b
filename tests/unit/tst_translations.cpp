#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace wharf;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

    // A counted sentence of the sync engine, as the dashboard shows it.
    static QString attention(int orders)
    {
        return QCoreApplication::translate("wharf::IntegrationPipeline", "%n order(s) need attention.", nullptr,
                                           orders);
    }

private Q_SLOTS:
    // Without the translation the source text shows through: this is what the translation is for.
    void withoutTheTranslationTheSourceShows() { QCOMPARE(attention(3), u"3 order(s) need attention."_s); }

    void theEnglishTranslationIsEmbedded()
    {
        QVERIFY2(QFile::exists(Translations::englishPath()), qPrintable(Translations::englishPath()));
        QVERIFY(QFile(Translations::englishPath()).size() > 0);
    }

    void countedSentencesReadRightOnceInstalled()
    {
        QVERIFY(Translations::install(QCoreApplication::instance()));
        QCOMPARE(attention(1), u"1 order needs attention."_s);
        QCOMPARE(attention(3), u"3 orders need attention."_s);
        // A sentence made by the "(s)" rule, from another part of core.
        QCOMPARE(QCoreApplication::translate("wharf::AccountRegistry",
                                             "This API client works for %n tenant(s); choose one.", nullptr, 2),
                 u"This API client works for 2 tenants; choose one."_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
