#include "core/woo/wooaddress.h"

using namespace Qt::StringLiterals;

namespace wharf::woo {

WooAddress WooAddress::fromJson(const QJsonObject &json)
{
    WooAddress a;
    a.firstName = json.value(u"first_name"_s).toString();
    a.lastName = json.value(u"last_name"_s).toString();
    a.company = json.value(u"company"_s).toString();
    a.address1 = json.value(u"address_1"_s).toString();
    a.address2 = json.value(u"address_2"_s).toString();
    a.city = json.value(u"city"_s).toString();
    a.state = json.value(u"state"_s).toString();
    a.postcode = json.value(u"postcode"_s).toString();
    a.country = json.value(u"country"_s).toString();
    a.email = json.value(u"email"_s).toString();
    a.phone = json.value(u"phone"_s).toString();
    return a;
}

bool WooAddress::isEmpty() const
{
    return firstName.isEmpty() && lastName.isEmpty() && company.isEmpty() && address1.isEmpty() && city.isEmpty()
        && postcode.isEmpty() && country.isEmpty();
}

} // namespace wharf::woo
