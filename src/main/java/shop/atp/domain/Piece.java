package shop.atp.domain;

import java.time.LocalDate;

/**
 * A part of an order line served by one source. {@code position} and {@code queueSize} are
 * its place in the SKU's backorder queue (null for on-hand pieces).
 */
public record Piece(OrderLine order, SourceKind kind, PurchaseOrderLine po, long quantity,
                    LocalDate promisedDate, Integer position, Integer queueSize, PieceState state) {

    public String source() {
        return kind.label(po);
    }
}
