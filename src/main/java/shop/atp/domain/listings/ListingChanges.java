package shop.atp.domain.listings;

/**
 * How much a platform's upload file would change today, for the report's line "listings to
 * change today: shopify 3, amazon 5".
 *
 * @param changes SKUs whose setting changes
 * @param rows    rows the file carries (a Shopify product or eBay listing whole)
 */
public record ListingChanges(String platform, String file, int changes, int rows) {
}
