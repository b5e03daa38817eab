package shop.atp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC "orders": the allocation read per order rather than per line. An order whose units are
 * all on hand ships now; one with some on hand is SPLIT, and the policy's split_shipments says
 * whether to ship those now or hold the order; one with none on hand waits. Orders are listed
 * oldest first, as FIFO serves them.
 */
public final class OpenOrders {

    private OpenOrders() {
    }

    public static List<OpenOrder> of(Analysis analysis) {
        boolean split = analysis.policy().splitShipments();
        List<OrderGroups.Group> groups = analysis.orderGroups();
        List<OpenOrder> out = new ArrayList<>(groups.size());
        for (OrderGroups.Group g : groups) {
            out.add(order(g, split));
        }
        return out;
    }

    private static OpenOrder order(OrderGroups.Group g, boolean splitShipments) {
        String customer = "";
        int lines = 0;
        long units = 0;
        long onHand = 0;
        LocalDate latest = null;
        boolean undated = false;
        OrderLine previous = null;
        for (Piece p : g.pieces()) {
            OrderLine line = p.order();
            if (line != previous) {
                lines++;
                units = Math.addExact(units, line.openQuantity());
                if (customer.isEmpty()) {
                    customer = line.customer();
                }
                previous = line;
            }
            if (p.kind() == SourceKind.ON_HAND) {
                onHand = Math.addExact(onHand, p.quantity());
            }
            if (p.promisedDate() == null) {
                undated = true;
            } else if (latest == null || p.promisedDate().isAfter(latest)) {
                latest = p.promisedDate();
            }
        }
        OrderState state = onHand == units ? OrderState.SHIP_NOW : onHand > 0 ? OrderState.SPLIT : OrderState.WAITING;
        LocalDate completeBy = undated ? null : latest;
        return new OpenOrder(g.first().orderId(), g.first().channel(), customer, lines, units, onHand, state,
                completeBy, advice(state, onHand, completeBy, splitShipments));
    }

    /** What the packing table does with the order, in words. */
    static String advice(OrderState state, long onHand, LocalDate completeBy, boolean splitShipments) {
        String by = completeBy == null ? null : completeBy.toString();
        return switch (state) {
            case SHIP_NOW -> "ship now";
            case SPLIT -> splitShipments
                    ? "ship " + Words.units(onHand) + " now, the rest "
                            + (by == null ? "when it arrives (no date yet)" : "by " + by)
                    : by == null ? "hold: no date yet for the rest" : "hold until " + by;
            case WAITING -> by == null ? "wait: no date yet" : "wait: ships by " + by;
        };
    }
}
