package shop.atp.domain;

import java.time.LocalDate;

/**
 * One source of units for a SKU after allocation: on hand, an incoming PO line, or a new
 * product's planned production, with how much of it repaid on-hand debt and how much went to
 * order lines, and to how many order lines ({@code lines}: a line takes at most one piece
 * from a source).
 */
public record Supply(SourceKind kind, PurchaseOrderLine po, LocalDate arrival, long capacity,
                     long debtRepaid, long allocated, int lines) {

    /** Units taken from this source, debt repayment included. */
    public long used() {
        return debtRepaid + allocated;
    }

    public long remaining() {
        return capacity - used();
    }

    public String label() {
        return kind.label(po);
    }
}
