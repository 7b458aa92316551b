#pragma once

#include "core/net/httpresult.h"

#include <QCoreApplication>

namespace wharf::wms {

// Turns CartonCloud's error answers (always a JSON array: [{"message"}] or, for 422,
// [{"field","message","type","details"}]) into the kind and the sentence a warehouse person can act
// on. The numeric payload codes the docs list (10403 duplicate, 10404 warehouse, …) have no
// documented JSON property, so they are not matched; `type: DUPLICATE` is.
class WmsErrors
{
    Q_DECLARE_TR_FUNCTIONS(wharf::wms::WmsErrors)

public:
    // `what` names the object ("outbound order WC-10452", "the customer list") for sentences.
    static void refine(net::HttpResult &result, const QString &what = QString());
    // The messages of an error array, in order, joined for a sentence.
    static QString messages(const QJsonDocument &body);
    // The first item with type DUPLICATE, if any: its details.duplicateId.
    static QString duplicateId(const QJsonDocument &body);
};

} // namespace wharf::wms
