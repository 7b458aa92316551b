#pragma once

namespace wharf::woo {

// How far a catalogue read has got. `total` grows while the product pages come in: each variable
// product adds its variations when its page is read, so the bar never goes backwards by more than
// a page's worth of variations.
struct WooCatalogueProgress
{
    int productsRead = 0;
    int productsTotal = 0; // the store's X-WP-Total for products
    int variationsRead = 0;
    int variationsExpected = 0; // the variation ids of the variable products read so far
    int requests = 0;

    int done() const { return productsRead + variationsRead; }
    int total() const { return productsTotal + variationsExpected; }
};

} // namespace wharf::woo
