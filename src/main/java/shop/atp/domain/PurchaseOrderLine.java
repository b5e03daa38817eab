package shop.atp.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One line of a purchase order. {@code file} (the files' reading order) and {@code line} (its
 * physical line in that file) break ties between lines of equal date and PO number.
 */
public record PurchaseOrderLine(String poNumber, String sku, long quantity, long received,
                                LocalDate expectedDate, PoStatus status, int line, int file) {

    public PurchaseOrderLine(String poNumber, String sku, long quantity, long received, LocalDate expectedDate,
                             PoStatus status, int line) {
        this(poNumber, sku, quantity, received, expectedDate, status, line, 0);
    }

    /** The same line in the same file: what a delivery or a what-if names. */
    public boolean sameLine(PurchaseOrderLine other) {
        return other != null && line == other.line && file == other.file && poNumber.equals(other.poNumber);
    }

    /** Units still to arrive; zero for lines that bring nothing. */
    public long incoming() {
        return status.bringsStock() ? Math.max(0, quantity - received) : 0;
    }

    /** An incoming line: still on its way with units left to arrive. */
    public boolean isIncoming() {
        return incoming() > 0;
    }

    /** Late: its expected date has passed. It still serves, but promises no date. */
    public boolean isLate(LocalDate asOf) {
        return expectedDate != null && expectedDate.isBefore(asOf);
    }

    /**
     * Confirmed: a supplier-confirmed date that still holds. With
     * {@code requireConfirmedPo} false, an open line with a date that still holds counts too.
     */
    public boolean isConfirmed(LocalDate asOf, boolean requireConfirmedPo) {
        boolean statusCounts = status.supplierConfirmed() || (!requireConfirmedPo && status == PoStatus.OPEN);
        return statusCounts && expectedDate != null && !isLate(asOf);
    }

    public long daysFrom(LocalDate asOf) {
        return ChronoUnit.DAYS.between(asOf, expectedDate);
    }
}
