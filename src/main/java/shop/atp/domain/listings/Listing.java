package shop.atp.domain.listings;

import java.util.List;

/**
 * One row of a platform's export of its listings as they are now (the --current file): a
 * sellable SKU and how the platform sells it today, in the platform's own words.
 *
 * @param line        the row's physical line in the export
 * @param listing     what the platform's importer finds the listing by: Shopify's handle, eBay's
 *                    item number; the SKU for WooCommerce and Amazon
 * @param options     Shopify's option names and values, in order (name blank on a product's later rows)
 * @param backorders  the web shop's current word for selling when out of stock (Shopify's
 *                    {@code continue}/{@code deny}, WooCommerce's {@code notify}/{@code 1}/{@code 0}), as exported
 * @param quantity    the units the listing offers now, as exported (blank when unknown)
 * @param variation   eBay's variation details ({@code Size=9}) of a row that is one variation of its listing; blank otherwise
 */
public record Listing(int line, String sku, String listing, String title, List<Option> options, String backorders,
                      String quantity, StockTracking tracking, boolean fulfilledByPlatform, String variation) {

    public Listing {
        options = List.copyOf(options);
    }

    /** One of Shopify's options: its name (the product's) and this variant's value. */
    public record Option(String name, String value) {
    }

    /** Whether the platform counts this listing's stock itself. */
    public enum StockTracking {
        /** counted: what atp decides applies */
        TRACKED,
        /** not counted (Shopify's untracked variant, WooCommerce's unmanaged stock): always buyable or set by hand */
        UNTRACKED,
        /** a WooCommerce variation on its parent's stock: the parent's row carries the setting */
        PARENT
    }

    public boolean isVariation() {
        return !variation.isEmpty();
    }
}
