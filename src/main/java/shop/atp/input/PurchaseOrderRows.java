package shop.atp.input;

import shop.atp.domain.PoStatus;
import shop.atp.domain.PurchaseOrderLine;
import shop.atp.domain.ShopBuilder;
import shop.atp.domain.WhatIf;

import java.time.LocalDate;
import java.util.Map;

/** Rows of purchase-orders.csv: one PO line each, with the expected dates a what-if moves. */
final class PurchaseOrderRows implements RowReader {

    private static final WordList<PoStatus> STATUSES = WordList.of(PoStatus.values(),
            Map.of("canceled", PoStatus.CANCELLED), "open, confirmed, in_transit, received, closed, cancelled");

    private final RowCells cells;
    private final ShopBuilder shop;
    private final WhatIf whatIf;
    private final Field poNumber;
    private final Field sku;
    private final Field quantity;
    private final Field received;
    private final Field expectedDate;
    private final Field status;
    private final int file;
    private String lastPoNumber;

    /** @param file the file's place among the files read: the serving order's tie-break after the PO number */
    PurchaseOrderRows(HeaderMap columns, RowCells cells, ShopBuilder shop, WhatIf whatIf, int file) {
        this.file = file;
        this.cells = cells;
        this.shop = shop;
        this.whatIf = whatIf;
        this.poNumber = columns.field("po_number");
        this.sku = columns.field("sku");
        this.quantity = columns.field("quantity");
        this.received = columns.field("received");
        this.expectedDate = columns.field("expected_date");
        this.status = columns.field("status");
    }

    @Override
    public boolean read(int line) {
        String po = cells.requiredText(poNumber, lastPoNumber);
        lastPoNumber = po;
        String name = cells.requiredSku(sku);
        long units = cells.quantity(quantity, false);
        long receivedUnits = cells.quantityOr(received, 0);
        LocalDate expected = cells.date(expectedDate);
        PoStatus poStatus = cells.choice(status, STATUSES, PoStatus.OPEN);
        if (!cells.valid()) {
            return false;
        }
        PurchaseOrderLine poLine = new PurchaseOrderLine(po, name, units, receivedUnits, expected, poStatus, line, file);
        LocalDate moved = whatIf.expectedDate(po, name, file, line, expected, poLine.isIncoming());
        if (moved != expected) {
            poLine = new PurchaseOrderLine(po, name, units, receivedUnits, moved, poStatus, line, file);
        }
        shop.addPurchaseOrderLine(cells.sku(), poLine);
        return true;
    }
}
