#pragma once

#include <QJsonObject>
#include <QString>

namespace wharf::woo {

// A billing or shipping address of an order, as WooCommerce sends it (country ISO 3166-1 alpha-2;
// state a code such as "QLD" or free text, depending on the country).
struct WooAddress
{
    QString firstName;
    QString lastName;
    QString company;
    QString address1;
    QString address2;
    QString city;
    QString state;
    QString postcode;
    QString country;
    QString email; // billing only
    QString phone; // billing; shipping since WooCommerce 5.6

    static WooAddress fromJson(const QJsonObject &json);
    bool isEmpty() const;
};

} // namespace wharf::woo
