package shop.atp.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A message an order is due (SPEC "Customer notices"): which kind, what it says of each
 * waiting line, and what the customer was last told.
 *
 * @param shipBy    the latest promise of its waiting lines; null when any has none
 * @param lastTold  the ship date the customer was last told (the log's, else the lines'
 *                  promised_date); null when never told one
 * @param position  the first waiting line's place in its SKU's backorder queue
 */
public record DueNotice(String orderId, String customer, String channel, LocalDate orderedOn, NoticeKind kind,
                        LocalDate shipBy, LocalDate lastTold, Integer position, Integer queueSize,
                        List<WaitingLine> lines) {

    /** Where a waiting line's units are. */
    public enum Stock {
        /** On a PO line the supplier confirmed, with a date that still holds. */
        IN_TRANSIT,
        /** A new product's planned production run. */
        IN_PRODUCTION,
        /** On a PO line without a confirmed date that holds, or on nothing yet. */
        AWAITING_CONFIRMATION
    }

    /**
     * One order line that waits: its units not served from on hand, its promise (null: no date
     * yet), whether it is a preorder, where its stock is and when it reaches the warehouse.
     */
    public record WaitingLine(String sku, String title, long units, LocalDate promised, boolean preorder, Stock stock,
                              LocalDate arrival) {
    }

    public boolean anyPreorder() {
        return lines.stream().anyMatch(WaitingLine::preorder);
    }
}
