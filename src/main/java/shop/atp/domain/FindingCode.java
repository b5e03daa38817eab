package shop.atp.domain;

/**
 * SPEC's check codes with their severity. Declared in alphabetical order, so that sorting by
 * code is sorting by this enum.
 */
public enum FindingCode {
    BACKORDER_CANCELLATIONS_HIGH(Severity.WARNING),
    BACKORDER_WITHOUT_CONFIRMED_PO(Severity.ERROR),
    BUFFER_BREACHED(Severity.WARNING),
    MARKETPLACE_BACKORDER(Severity.ERROR),
    NEGATIVE_ON_HAND(Severity.WARNING),
    OVERSOLD(Severity.ERROR),
    PLATFORM_MISMATCH(Severity.WARNING),
    PO_LATE(Severity.WARNING),
    PREORDERS_LATE(Severity.WARNING),
    PREORDER_CAP_EXCEEDED(Severity.ERROR),
    PROMISE_BEYOND_LIMIT(Severity.WARNING),
    PROMISE_SLIPPED(Severity.WARNING),
    ROWS_SKIPPED(Severity.WARNING),
    SHIPPED_UNKNOWN(Severity.WARNING),
    UNKNOWN_SKU(Severity.WARNING);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
