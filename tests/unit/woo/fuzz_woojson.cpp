// libFuzzer target: whatever a store (or something pretending to be one) answers must never crash
// the WooCommerce parsing. Build with clang and -DWHARF_FUZZ=ON (see CMakeLists.txt).
#include "core/net/httpresult.h"
#include "core/woo/oauth1signer.h"
#include "core/woo/storeurl.h"
#include "core/woo/trackingitem.h"
#include "core/woo/wooerrors.h"
#include "core/woo/wooorder.h"
#include "core/woo/woorefund.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const auto each = [](const QJsonValue &v) {
        const QJsonObject o = v.toObject();
        const wharf::woo::WooOrder order = wharf::woo::WooOrder::fromJson(o);
        (void)order.isValid();
        (void)wharf::woo::TrackingItem::fromJson(o);
        (void)wharf::woo::WooRefund::fromJson(o);
        (void)wharf::woo::WooErrors::fromErrorObject(o, 0, QStringLiteral("order 1"));
    };
    if (doc.isArray()) {
        for (const QJsonValue &v : doc.array())
            each(v);
    } else {
        each(QJsonValue(doc.object()));
    }
    for (int status : {200, 400, 401, 403, 404, 500}) {
        wharf::net::HttpResult result;
        result.status = status;
        result.body = bytes;
        result.json = doc;
        if (status != 200)
            result.error =
                wharf::net::ApiError::make(wharf::net::ApiError::Kind::Validation, QStringLiteral("x"), status);
        wharf::woo::WooErrors::refine(result, QStringLiteral("order 1"));
    }
    const QString text = QString::fromUtf8(bytes);
    const auto url = wharf::woo::StoreUrl::normalise(text);
    if (url.ok())
        (void)wharf::woo::StoreUrl::display(url.url);
    (void)wharf::woo::OAuth1Signer::normalisedParameters({{text, text.left(5)}, {text.right(3), text}});
    (void)wharf::woo::WooOrder::parseGmt(text);
    return 0;
}
