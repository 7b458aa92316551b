#include "core/wms/wmserrors.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wharf::wms {

using net::ApiError;
using Kind = net::ApiError::Kind;

namespace {

QJsonArray items(const QJsonDocument &body)
{
    if (body.isArray())
        return body.array();
    // Not the documented shape, but third-party clients met {"message"}, {"error"} and {"errors":[…]}.
    const QJsonObject o = body.object();
    if (o.value(u"errors"_s).isArray())
        return o.value(u"errors"_s).toArray();
    if (o.contains(u"message"_s) || o.contains(u"error"_s))
        return QJsonArray {o};
    return {};
}

} // namespace

QString WmsErrors::messages(const QJsonDocument &body)
{
    QStringList out;
    for (const QJsonValue &v : items(body)) {
        const QJsonObject o = v.toObject();
        QString m = o.value(u"message"_s).toString();
        if (m.isEmpty())
            m = o.value(u"error_description"_s).toString();
        if (m.isEmpty() && o.value(u"error"_s).isString())
            m = o.value(u"error"_s).toString();
        m = m.simplified();
        if (!m.isEmpty() && !out.contains(m))
            out << m;
    }
    return out.join(u"; "_s);
}

QString WmsErrors::duplicateId(const QJsonDocument &body)
{
    for (const QJsonValue &v : items(body)) {
        const QJsonObject o = v.toObject();
        if (o.value(u"type"_s).toString() == u"DUPLICATE"_s)
            return o.value(u"details"_s).toObject().value(u"duplicateId"_s).toString();
    }
    return {};
}

void WmsErrors::refine(net::HttpResult &result, const QString &what)
{
    if (!result.error.isError())
        return;
    ApiError &e = result.error;
    const QString said = messages(result.json);
    e.serverMessage = said;
    for (const QJsonValue &v : items(result.json)) {
        const QString type = v.toObject().value(u"type"_s).toString();
        if (!type.isEmpty()) {
            e.serverCode = type;
            break;
        }
    }
    const QString object = what.isEmpty() ? tr("this") : what;
    switch (result.status) {
    case 401:
        e.kind = Kind::Auth;
        e.sentence = tr("CartonCloud rejected the API client's id or secret. Check them in CartonCloud (More → "
                        "Self-Managed Integrations, or API Clients) and enter them again.");
        return;
    case 403:
        e.kind = Kind::Permission;
        e.sentence = tr("The CartonCloud API client may not reach %1. Ask the account's administrator to give it the "
                        "role it needs (WMS Create Jobs for orders, TMS View Jobs for tracking) and access to this "
                        "customer.")
                         .arg(object);
        return;
    case 404:
        e.kind = Kind::NotFound;
        e.sentence = tr("CartonCloud has no %1.").arg(object);
        return;
    case 400:
    case 406:
    case 409:
    case 412:
    case 422:
        e.kind = Kind::Validation;
        e.sentence = said.isEmpty() ? tr("CartonCloud refused %1 (HTTP %2).").arg(object).arg(result.status)
                                    : tr("CartonCloud refused %1: %2").arg(object, said);
        return;
    case 429:
        e.kind = Kind::RateLimited;
        e.sentence = tr("CartonCloud asked Wharf to slow down. Wharf will go on when CartonCloud allows it.");
        return;
    case 503:
        e.kind = Kind::Transient;
        e.sentence = tr("CartonCloud is down for maintenance. Wharf will try again later.");
        return;
    default:
        break;
    }
    if (result.status >= 500) {
        e.kind = Kind::Transient;
        e.sentence =
            tr("CartonCloud had a temporary problem (HTTP %1). Wharf will try again later.").arg(result.status);
    }
}

} // namespace wharf::wms
