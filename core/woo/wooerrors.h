#pragma once

#include "core/net/httpresult.h"

#include <QCoreApplication>

namespace wharf::woo {

// Turns a WooCommerce/WordPress error body ({"code","message","data":{"status"}}) into the kind and
// the sentence a shop owner can act on. WordPress translates `message` into the site's language, so
// messages are matched only where the code alone is ambiguous, and the English text of
// class-wc-rest-authentication.php is what is matched; on a site in another language the generic
// sentence for the code is used instead.
class WooErrors
{
    Q_DECLARE_TR_FUNCTIONS(wharf::woo::WooErrors)

public:
    // Leaves a successful result alone; otherwise rewrites result.error (kind, sentence, serverCode,
    // serverMessage) from the body. `what` names the object for NotFound sentences ("order 1532").
    static void refine(net::HttpResult &result, const QString &what = QString());
    // The same, for an {"code","message","data"} object inside a batch answer.
    static net::ApiError fromErrorObject(const QJsonObject &error, int httpStatus, const QString &what = QString());
};

} // namespace wharf::woo
