package shop.atp.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days whose orders count as a SKU's recent demand (SPEC "Planning"): order lines whose
 * ordered_at date, in the policy's time zone, lies in [as-of − window_days, as-of). Held as
 * the two instants that bound it, so a row is counted while it streams in.
 */
public record DemandWindow(Instant from, Instant until) {

    /** No day at all: for shops built without an as-of date (tests of other rules). */
    public static final DemandWindow NONE = new DemandWindow(Instant.EPOCH, Instant.EPOCH);

    public static DemandWindow of(LocalDate asOf, int windowDays, ZoneId zone) {
        return new DemandWindow(asOf.minusDays(windowDays).atStartOfDay(zone).toInstant(),
                asOf.atStartOfDay(zone).toInstant());
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }

    /** Units a line adds to its SKU's demand: what was ordered, in any status but cancelled, within the window. */
    public long demandOf(OrderLine line) {
        return line.status() != OrderStatus.CANCELLED && contains(line.orderedAt()) ? line.quantity() : 0;
    }
}
