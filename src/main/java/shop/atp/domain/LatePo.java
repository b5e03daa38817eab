package shop.atp.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A late incoming PO line and what waits on it: the order units and lines allocated to it. */
public record LatePo(PurchaseOrderLine line, LocalDate asOf, long unitsWaiting, long ordersWaiting) {

    public long daysLate() {
        return ChronoUnit.DAYS.between(line.expectedDate(), asOf);
    }
}
