#pragma once

// The far side as its own process for the benchmarks with many integrations: `wharf-sandbox`
// started with a seed (one store per integration through the seed's "moreStores"), driven through
// its control API. In its own process, its stores' memory and CPU are not the engine's.

#include "core/wms/wmsclient.h"
#include "core/wms/wmsconnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace wharf::bench {

// The code and the name of the c-th customer of manyStoresSeed(): C001, "Customer C001"…
inline QString customerCode(int c)
{
    return QStringLiteral("C%1").arg(c + 1, 3, 10, QLatin1Char('0'));
}

inline QString customerName(int c)
{
    return QStringLiteral("Customer ") + customerCode(c);
}

// A seed of `stores` stores, each with two products and `ordersPerStore` processing orders, and a
// CartonCloud tenant with `customers` customers that know both products; no create limit to speak
// of (pacing is bench_createrate's subject). Store i belongs to customer i % customers.
inline QJsonObject manyStoresSeed(int stores, int customers, int ordersPerStore)
{
    const auto store = [ordersPerStore](int seed) {
        const auto product = [](const QString &sku) {
            return QJsonObject {{QStringLiteral("sku"), sku}, {QStringLiteral("name"), sku}};
        };
        return QJsonObject {{QStringLiteral("products"),
                             QJsonArray {product(QStringLiteral("TSHIRT-BLK-M")), product(QStringLiteral("CAP-RED"))}},
                            {QStringLiteral("generate"),
                             QJsonObject {{QStringLiteral("count"), ordersPerStore},
                                          {QStringLiteral("seed"), seed},
                                          {QStringLiteral("status"), QStringLiteral("processing")}}}};
    };
    QJsonArray wmsCustomers;
    QJsonArray wmsProducts;
    for (int c = 0; c < customers; ++c) {
        const QString code = customerCode(c);
        wmsCustomers.append(QJsonObject {{QStringLiteral("name"), customerName(c)}, {QStringLiteral("code"), code}});
        for (const QString &sku : {QStringLiteral("TSHIRT-BLK-M"), QStringLiteral("CAP-RED")})
            wmsProducts.append(QJsonObject {
                {QStringLiteral("customer"), code}, {QStringLiteral("code"), sku}, {QStringLiteral("stock"), 1000000}});
    }
    QJsonArray moreStores;
    for (int i = 1; i < stores; ++i)
        moreStores.append(store(100 + i));
    return {{QStringLiteral("store"), store(100)},
            {QStringLiteral("moreStores"), moreStores},
            {QStringLiteral("wms"),
             QJsonObject {{QStringLiteral("customers"), wmsCustomers},
                          {QStringLiteral("products"), wmsProducts},
                          {QStringLiteral("createLimit"), 1000000}}}};
}

class SandboxProcess
{
public:
    ~SandboxProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(30000))
                process.kill();
        }
    }

    bool start(const QString &executable, const QString &seedPath, QString *error, const QStringList &extra = {})
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(executable, QStringList {QStringLiteral("--seed"), seedPath} + extra);
        if (!process.waitForStarted(10000)) {
            *error = QStringLiteral("wharf-sandbox did not start: ") + process.errorString();
            return false;
        }
        // A thousand stores take a while to listen.
        if (!QTest::qWaitFor([this] { return process.canReadLine() || process.state() != QProcess::Running; }, 300000)
            || !process.canReadLine()) {
            *error = QStringLiteral("wharf-sandbox printed nothing");
            return false;
        }
        world = QJsonDocument::fromJson(process.readLine()).object();
        if (world.isEmpty()) {
            *error = QStringLiteral("wharf-sandbox's line is not JSON");
            return false;
        }
        return true;
    }

    // A control API call; the answer's JSON, or an empty document when none came.
    QJsonDocument control(const QString &path, const QByteArray &method = "GET", const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(world[u"controlUrl"].toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, QJsonDocument(body).toJson());
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000);
        const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return json;
    }

    // The warehouse's hands on every outbound order, for an idle figure with open orders: half
    // dispatched with tracking, a quarter packed with tracking, a quarter left awaiting pick and
    // pack. How many orders there were.
    int applyWarehouseMix()
    {
        const QJsonArray orders = control(QStringLiteral("/control/wms/orders")).array();
        for (int i = 0; i < orders.size(); ++i) {
            const QString id = orders.at(i)[u"id"].toString();
            const int slot = i % 4;
            if (slot < 3)
                control(QStringLiteral("/control/wms/orders/%1/tracking").arg(id), "POST",
                        {{QStringLiteral("trackingNumber"), QStringLiteral("TRK%1").arg(i)},
                         {QStringLiteral("companyName"), QStringLiteral("Australia Post")}});
            if (slot < 2)
                control(QStringLiteral("/control/wms/orders/%1/dispatch").arg(id), "POST");
            else if (slot == 2)
                control(QStringLiteral("/control/wms/orders/%1/pack").arg(id), "POST");
        }
        return int(orders.size());
    }

    // Requests every store and CartonCloud have received so far, by "METHOD /route".
    QHash<QString, int> totals()
    {
        QHash<QString, int> counts;
        const QJsonObject all = control(QStringLiteral("/control/log/totals")).object();
        for (const QString &service : {QStringLiteral("woo"), QStringLiteral("wms")}) {
            const QJsonObject byRoute = all[service].toObject();
            for (auto it = byRoute.constBegin(); it != byRoute.constEnd(); ++it)
                counts[service + QLatin1Char(' ') + it.key()] = it.value().toInt();
        }
        return counts;
    }

    // CartonCloud's outbound-order searches received since `since`: every request (each page is
    // one), and the searches themselves (their first pages). In an idle window these are the
    // change searches; a search of more than a page of results is legitimately several requests.
    struct SearchCount
    {
        int requests = 0;
        int searches = 0;
    };
    SearchCount outboundSearchesSince(const QDateTime &since)
    {
        SearchCount count;
        const QJsonArray entries = control(QStringLiteral("/control/log?service=wms")).object()[u"entries"].toArray();
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            if (entry[u"method"].toString() != u"POST"
                || entry[u"route"].toString() != u"/tenants/<tenant>/outbound-orders/search"
                || QDateTime::fromString(entry[u"time"].toString(), Qt::ISODateWithMs) < since)
                continue;
            ++count.requests;
            const QString page = QUrlQuery(entry[u"query"].toString()).queryItemValue(QStringLiteral("page"));
            if (page.isEmpty() || page == u"1")
                ++count.searches;
        }
        return count;
    }

    // The CartonCloud customer's id by its code or name, as Wharf's own client lists it.
    QString customerId(const QString &code, const QString &name, QString *error)
    {
        wms::WmsClient client(&m_nam);
        wms::WmsConnection connection;
        connection.baseUrl = QUrl(world[u"wmsUrl"].toString());
        connection.clientId = world[u"wmsClientId"].toString();
        connection.clientSecret = world[u"wmsClientSecret"].toString();
        connection.tenantId = world[u"wmsTenantId"].toString();
        client.setConnection(connection);
        std::optional<net::Result<QList<wms::WmsCustomer>>> answer;
        QObject context;
        client.customers(&context, [&answer](const net::Result<QList<wms::WmsCustomer>> &result) { answer = result; });
        (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000);
        if (!answer || !answer->ok()) {
            *error = QStringLiteral("cannot list the sandbox's customers: ")
                + (answer ? answer->error.sentence : QStringLiteral("no answer"));
            return {};
        }
        for (const wms::WmsCustomer &customer : answer->value) {
            if ((!customer.code.isEmpty() && customer.code == code) || customer.name == name)
                return customer.id;
        }
        *error = QStringLiteral("the sandbox has no customer ") + code;
        return {};
    }

    QProcess process;
    QJsonObject world;

private:
    QNetworkAccessManager m_nam;
};

} // namespace wharf::bench
