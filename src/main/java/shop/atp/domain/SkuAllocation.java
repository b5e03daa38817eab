package shop.atp.domain;

import java.util.List;

/**
 * The allocation of one SKU: its sources in serving order (on hand first) and its pieces in
 * FIFO order.
 */
public record SkuAllocation(String sku, List<Supply> supplies, List<Piece> pieces, int queueSize) {

    public long leftOnHand() {
        return supplies.stream().filter(s -> s.kind() == SourceKind.ON_HAND).mapToLong(Supply::remaining).sum();
    }

    /** Sources other than on hand: PO lines and planned production, in serving order. */
    public List<Supply> incoming() {
        return supplies.stream().filter(s -> s.kind() != SourceKind.ON_HAND).toList();
    }

    public List<Supply> purchaseOrderLines() {
        return supplies.stream().filter(s -> s.kind() == SourceKind.PURCHASE_ORDER).toList();
    }

    /** Units of open order lines not served from on hand (a new product's preordered units). */
    public long unitsNotFromOnHand() {
        return pieces.stream().filter(p -> p.kind() != SourceKind.ON_HAND).mapToLong(Piece::quantity).sum();
    }

    public static SkuAllocation empty(String sku) {
        return new SkuAllocation(sku, List.of(), List.of(), 0);
    }
}
