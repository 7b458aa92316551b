#include "core/net/apierror.h"

using namespace Qt::StringLiterals;

namespace wharf::net {

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"None"_s;
    case Kind::Auth:
        return u"Auth"_s;
    case Kind::Permission:
        return u"Permission"_s;
    case Kind::NotFound:
        return u"NotFound"_s;
    case Kind::RateLimited:
        return u"RateLimited"_s;
    case Kind::Transient:
        return u"Transient"_s;
    case Kind::InvalidResponse:
        return u"InvalidResponse"_s;
    case Kind::Tls:
        return u"Tls"_s;
    case Kind::Network:
        return u"Network"_s;
    case Kind::Validation:
        return u"Validation"_s;
    }
    return u"Unknown"_s;
}

} // namespace wharf::net
