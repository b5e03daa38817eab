package shop.atp.input;

import shop.atp.domain.ShopBuilder;

/**
 * Rows of on-hand.csv: units on hand of a SKU at one location (locations add up), and the
 * platform's own committed count when its export gives one (for PLATFORM_MISMATCH).
 */
final class OnHandRows implements RowReader {

    private final RowCells cells;
    private final ShopBuilder shop;
    private final Field sku;
    private final Field onHand;
    private final Field committed;
    /** The platform whose export this is, or null for atp's own format. */
    private final String platform;

    /** Stock net of the platform's open orders (WooCommerce's Stock): their units are added back. */
    private final boolean netOfOrders;

    OnHandRows(HeaderMap columns, RowCells cells, ShopBuilder shop, String platform, boolean netOfOrders) {
        this.netOfOrders = netOfOrders;
        this.cells = cells;
        this.shop = shop;
        this.platform = platform;
        this.sku = columns.field("sku");
        this.onHand = columns.field("on_hand");
        this.committed = columns.field("committed");
    }

    @Override
    public boolean read(int line) {
        cells.requiredSku(sku);
        long units = cells.quantity(onHand, true);
        long platformCommitted = platform == null || cells.isEmpty(committed) ? -1 : cells.quantityOr(committed, 0);
        if (!cells.valid()) {
            return false;
        }
        shop.addOnHand(cells.sku(), units);
        if (netOfOrders) {
            shop.addNetOfOrders(cells.sku(), platform);
        }
        if (platformCommitted >= 0) {
            shop.addPlatformCommitted(cells.sku(), platform, platformCommitted);
        }
        return true;
    }
}
