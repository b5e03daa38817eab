package shop.atp.domain;

/** Where the units of an allocation piece come from. */
public enum SourceKind {
    ON_HAND, PURCHASE_ORDER, PRODUCTION, NONE;

    /** SPEC's source column: {@code on-hand}, the PO number, {@code production} or {@code none}. */
    public String label(PurchaseOrderLine po) {
        return switch (this) {
            case ON_HAND -> "on-hand";
            case PURCHASE_ORDER -> po.poNumber();
            case PRODUCTION -> "production";
            case NONE -> "none";
        };
    }
}
