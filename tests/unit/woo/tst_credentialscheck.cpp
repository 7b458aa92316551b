#include "core/woo/credentialscheck.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using wharf::net::ApiError;
using wharf::woo::CredentialsCheck;
using wharf::woo::CredentialsCheckResult;
using Kind = wharf::net::ApiError::Kind;
using Verdict = wharf::woo::CredentialsCheckResult::Verdict;

// The network paths of the check run against the sandbox in tests/integration; here the decisions
// that need no server.
class tst_CredentialsCheck : public QObject
{
    Q_OBJECT

private:
    static ApiError error(Kind kind, int status, const QString &code = QString(), const QString &message = QString())
    {
        ApiError e = ApiError::make(kind, u"sentence"_s, status);
        e.serverCode = code;
        e.serverMessage = message;
        return e;
    }

    CredentialsCheckResult runOffline(const QString &address, const QString &key, const QString &secret)
    {
        QNetworkAccessManager nam;
        CredentialsCheck check(&nam);
        QSignalSpy finished(&check, &CredentialsCheck::finished);
        check.start(address, key, secret);
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<CredentialsCheckResult>();
    }

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<Verdict>("verdict");
        const QString authError = u"woocommerce_rest_authentication_error"_s;
        QTest::newRow("tls") << error(Kind::Tls, 0) << Verdict::CertificateProblem;
        QTest::newRow("network") << error(Kind::Network, 0) << Verdict::Unreachable;
        QTest::newRow("timeout") << error(Kind::Transient, 0) << Verdict::Unreachable;
        QTest::newRow("secret") << error(Kind::Auth, 401, authError, u"Consumer secret is invalid."_s)
                                << Verdict::WrongSecret;
        QTest::newRow("oauth secret") << error(Kind::Auth, 401, authError,
                                               u"Invalid signature - provided signature does not match."_s)
                                      << Verdict::WrongSecret;
        QTest::newRow("oauth key") << error(Kind::Auth, 401, authError, u"Consumer key is invalid."_s)
                                   << Verdict::WrongKey;
        QTest::newRow("read-only") << error(Kind::Permission, 401, authError,
                                            u"The API key provided does not have write permissions."_s)
                                   << Verdict::ReadOnlyKey;
        QTest::newRow("write-only") << error(Kind::Permission, 401, authError,
                                             u"The API key provided does not have read permissions."_s)
                                    << Verdict::WriteOnlyKey;
        QTest::newRow("clock") << error(Kind::Transient, 401, authError, u"Invalid timestamp."_s)
                               << Verdict::ClockWrong;
        QTest::newRow("no route") << error(Kind::NotFound, 404, u"rest_no_route"_s) << Verdict::WooCommerceMissing;
        QTest::newRow("capability") << error(Kind::Permission, 403, u"woocommerce_rest_cannot_batch"_s)
                                    << Verdict::MissingCapability;
        QTest::newRow("other") << error(Kind::Validation, 400, u"whatever"_s) << Verdict::Failed;
    }

    void verdicts()
    {
        QFETCH(ApiError, error);
        QFETCH(Verdict, verdict);
        QCOMPARE(CredentialsCheck::verdictFor(error), verdict);
    }

    void invalidAddress()
    {
        const auto r = runOffline(u"ftp://nowhere"_s, u"ck_1"_s, u"cs_1"_s);
        QCOMPARE(r.verdict, Verdict::InvalidAddress);
        QVERIFY(!r.sentence.isEmpty());
    }

    void swappedKeys()
    {
        const auto r = runOffline(u"shop.example"_s, u"cs_abc"_s, u"ck_def"_s);
        QCOMPARE(r.verdict, Verdict::KeysSwapped);
        QVERIFY(r.sentence.contains(u"swapped"_s));
    }

    void missingSecret()
    {
        const auto r = runOffline(u"shop.example"_s, u"ck_abc"_s, u"  "_s);
        QCOMPARE(r.verdict, Verdict::WrongSecret);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialsCheck)
#include "tst_credentialscheck.moc"
