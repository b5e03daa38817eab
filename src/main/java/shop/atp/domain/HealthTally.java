package shop.atp.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * SPEC "Policy health": what the order lines placed within the window say about how the policy
 * works, counted as the rows stream in (only four numbers are kept, whatever the history's size),
 * into {@link HealthCounts} once the shop is read.
 * A line <em>was a preorder</em> when its tags include {@code preorder}; it <em>was a
 * backorder</em> when they include {@code backorder}, or when it has neither tag and its
 * promised_date is more than fulfillment_days after the date it was ordered.
 */
final class HealthTally {

    private long backorderLines;
    private long backorderLinesCancelled;
    private long preorderLinesShipped;
    private long preorderLinesOnTime;

    /** Counts one order line of the window, with its order's tags (free text) and its shipped_at date, if any. */
    public void count(OrderLine line, String tags, LocalDate shippedAt, int fulfillmentDays, ZoneId zone) {
        boolean preorderTag = hasTag(tags, "preorder");
        boolean backorderTag = hasTag(tags, "backorder");
        boolean wasBackorder = backorderTag || (!preorderTag && line.promisedDate() != null
                && line.promisedDate().isAfter(line.orderedAt().atZone(zone).toLocalDate().plusDays(fulfillmentDays)));
        if (wasBackorder) {
            backorderLines++;
            if (line.status() == OrderStatus.CANCELLED) {
                backorderLinesCancelled++;
            }
        }
        if (preorderTag && line.status() == OrderStatus.SHIPPED && shippedAt != null && line.promisedDate() != null) {
            preorderLinesShipped++;
            if (!shippedAt.isAfter(line.promisedDate())) {
                preorderLinesOnTime++;
            }
        }
    }

    /** Whether the comma-separated {@code tags} hold {@code tag}, trimmed and ignoring case. */
    static boolean hasTag(String tags, String tag) {
        if (tags == null || tags.isEmpty()) {
            return false;
        }
        for (String t : tags.split(",")) {
            if (t.strip().toLowerCase(Locale.ROOT).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Adds what another part of the same history counted. */
    void add(HealthTally other) {
        backorderLines += other.backorderLines;
        backorderLinesCancelled += other.backorderLinesCancelled;
        preorderLinesShipped += other.preorderLinesShipped;
        preorderLinesOnTime += other.preorderLinesOnTime;
    }

    HealthCounts counts() {
        return new HealthCounts(backorderLines, backorderLinesCancelled, preorderLinesShipped, preorderLinesOnTime);
    }
}
