package shop.atp.domain;

import java.time.LocalDate;

/**
 * SPEC's promised ship date of a unit by its source: on hand ships on the as-of date; a PO
 * unit ships fulfillment_days after the line's expected date (no date when the line is late
 * or dateless); planned production ships ship_after_days after its release date.
 */
public final class PromiseDates {

    private PromiseDates() {
    }

    public static LocalDate of(SourceKind kind, PurchaseOrderLine po, LocalDate arrival, SkuRules rules, LocalDate asOf) {
        return switch (kind) {
            case ON_HAND -> asOf;
            case PURCHASE_ORDER -> po.expectedDate() == null || po.isLate(asOf)
                    ? null : po.expectedDate().plusDays(rules.fulfillmentDays());
            case PRODUCTION -> arrival.plusDays(rules.shipAfterDays());
            case NONE -> null;
        };
    }
}
