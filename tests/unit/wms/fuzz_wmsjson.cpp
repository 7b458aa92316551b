// libFuzzer target: whatever CartonCloud (or a proxy in front of it) answers must never crash the
// parsing of orders, consignments and error arrays. Build with clang and -DWHARF_FUZZ=ON.
#include "core/net/httpresult.h"
#include "core/wms/consignmenttracking.h"
#include "core/wms/outboundorder.h"
#include "core/wms/wmserrors.h"

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
        (void)wharf::wms::OutboundOrder::fromJson(o).isValid();
        (void)wharf::wms::ConsignmentTracking::fromJson(o).hasTracking();
    };
    if (doc.isArray()) {
        for (const QJsonValue &v : doc.array())
            each(v);
    } else {
        each(QJsonValue(doc.object()));
    }
    (void)wharf::wms::WmsErrors::messages(doc);
    (void)wharf::wms::WmsErrors::duplicateId(doc);
    for (int status : {400, 401, 403, 404, 422, 429, 500, 503}) {
        wharf::net::HttpResult result;
        result.status = status;
        result.body = bytes;
        result.json = doc;
        result.error = wharf::net::ApiError::make(wharf::net::ApiError::Kind::Validation, QStringLiteral("x"), status);
        wharf::wms::WmsErrors::refine(result, QStringLiteral("outbound order 1"));
    }
    return 0;
}
