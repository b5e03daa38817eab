package shop.atp.input;

import shop.atp.domain.ShopBuilder;

/** Rows of on-hand.csv: units on hand of a SKU at one location (locations add up). */
final class OnHandRows implements RowReader {

    private final RowCells cells;
    private final ShopBuilder shop;
    private final Field sku;
    private final Field onHand;

    OnHandRows(HeaderMap columns, RowCells cells, ShopBuilder shop) {
        this.cells = cells;
        this.shop = shop;
        this.sku = columns.field("sku");
        this.onHand = columns.field("on_hand");
    }

    @Override
    public boolean read(int line) {
        cells.requiredSku(sku);
        long units = cells.quantity(onHand, true);
        if (!cells.valid()) {
            return false;
        }
        shop.addOnHand(cells.sku(), units);
        return true;
    }
}
