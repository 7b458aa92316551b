#pragma once

#include <QString>

namespace wharf::woo {

// The store is the unit of identity (DESIGN.md, "Data"): one live integration per store, and
// order links that survive deleting and restoring its integration. A store is known by its
// normalised site address — the WordPress site address found at discovery, with the scheme and a
// leading "www." set aside, since a store moved from http to https, or reached with or without
// "www.", is the same store with the same orders.
class StoreIdentity
{
public:
    // "shop.example.com", "shop.example.com:8443/store": lower-case host without "www.", the port
    // when it is not the scheme's default, the path without a trailing slash. Empty for an
    // address with no host.
    static QString key(const QString &storeAddress);

    // A code for order references, derived from the key so that the same store gets the same
    // code in every data folder (two desks cannot give one store two codes): 12 hexadecimal
    // digits, 48 bits of SHA-256, so that two stores of one customer do not collide in practice.
    static QString code(const QString &storeKey);
};

} // namespace wharf::woo
