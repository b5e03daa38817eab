package shop.atp.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The allocation of one SKU: its sources in serving order (on hand first) and its pieces in
 * FIFO order. The views on the sources are worked out once, since decisions and findings
 * read them for every channel and order line (plain loops: streams made per SKU cost more
 * than the work at 100 k SKUs).
 */
public final class SkuAllocation {

    private final String sku;
    private final List<Supply> supplies;
    private final List<Piece> pieces;
    private final List<Supply> incoming;
    private final List<Supply> purchaseOrderLines;
    private final long leftOnHand;
    private final long unitsNotFromOnHand;

    public SkuAllocation(String sku, List<Supply> supplies, List<Piece> pieces) {
        this.sku = sku;
        this.supplies = supplies;
        this.pieces = pieces;
        List<Supply> notOnHand = new ArrayList<>(supplies.size());
        List<Supply> poLines = new ArrayList<>(supplies.size());
        long onHandLeft = 0;
        for (Supply s : supplies) {
            if (s.kind() == SourceKind.ON_HAND) {
                onHandLeft = Math.addExact(onHandLeft, s.remaining());
            } else {
                notOnHand.add(s);
            }
            if (s.kind() == SourceKind.PURCHASE_ORDER) {
                poLines.add(s);
            }
        }
        long waiting = 0;
        for (Piece p : pieces) {
            if (p.kind() != SourceKind.ON_HAND) {
                waiting = Math.addExact(waiting, p.quantity());
            }
        }
        this.incoming = Collections.unmodifiableList(notOnHand);
        this.purchaseOrderLines = Collections.unmodifiableList(poLines);
        this.leftOnHand = onHandLeft;
        this.unitsNotFromOnHand = waiting;
    }

    public String sku() {
        return sku;
    }

    /** Every source, in serving order. */
    public List<Supply> supplies() {
        return supplies;
    }

    /** The pieces of the SKU's open order lines, in FIFO order. */
    public List<Piece> pieces() {
        return pieces;
    }

    public long leftOnHand() {
        return leftOnHand;
    }

    /** Sources other than on hand: PO lines and planned production, in serving order. */
    public List<Supply> incoming() {
        return incoming;
    }

    public List<Supply> purchaseOrderLines() {
        return purchaseOrderLines;
    }

    /** Units of open order lines not served from on hand (a new product's preordered units). */
    public long unitsNotFromOnHand() {
        return unitsNotFromOnHand;
    }

    public static SkuAllocation empty(String sku) {
        return new SkuAllocation(sku, List.of(), List.of());
    }
}
