package shop.atp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SPEC "orders": the allocation read per order rather than per line. An order whose units are
 * all on hand ships now; one with some on hand is SPLIT, and the policy's split_shipments says
 * whether to ship those now or hold the order; one with none on hand waits. Orders are listed
 * oldest first, as FIFO serves them.
 */
public final class OpenOrders {

    private OpenOrders() {
    }

    /** One order while its lines are gathered from every SKU's pieces. */
    private static final class Gathered {
        OrderLine first;
        String customer = "";
        int lines;
        long units;
        long onHand;
        LocalDate latest;
        boolean undated;

        void add(Piece p, boolean newLine) {
            OrderLine line = p.order();
            if (newLine) {
                lines++;
                units = Math.addExact(units, line.openQuantity());
                if (first == null || FifoOrder.LINES.compare(line, first) < 0) {
                    first = line;
                }
                if (customer.isEmpty() && !line.customer().isEmpty()) {
                    customer = line.customer();
                }
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
    }

    public static List<OpenOrder> of(Analysis analysis) {
        Map<String, Gathered> byId = new HashMap<>();
        for (SkuPicture sku : analysis.skus()) {
            OrderLine previous = null;
            for (Piece p : sku.allocation().pieces()) {
                byId.computeIfAbsent(p.order().orderId(), id -> new Gathered()).add(p, p.order() != previous);
                previous = p.order();
            }
        }
        Gathered[] orders = byId.values().toArray(new Gathered[0]);
        OrderLine[] firsts = new OrderLine[orders.length];
        for (int i = 0; i < orders.length; i++) {
            firsts[i] = orders[i].first;
        }
        boolean split = analysis.policy().splitShipments();
        List<OpenOrder> out = new ArrayList<>(orders.length);
        // FifoOrder's fast sort: at a million lines a sort by the comparator took most of the command's own time
        for (int i : FifoOrder.sorted(firsts)) {
            out.add(order(orders[i], split));
        }
        return out;
    }

    private static OpenOrder order(Gathered g, boolean splitShipments) {
        OrderState state = g.onHand == g.units ? OrderState.SHIP_NOW : g.onHand > 0 ? OrderState.SPLIT : OrderState.WAITING;
        LocalDate completeBy = g.undated ? null : g.latest;
        return new OpenOrder(g.first.orderId(), g.first.channel(), g.customer, g.lines, g.units, g.onHand, state,
                completeBy, advice(state, g.onHand, completeBy, splitShipments));
    }

    /** What the packing table does with the order, in words. */
    static String advice(OrderState state, long onHand, LocalDate completeBy, boolean splitShipments) {
        String by = completeBy == null ? null : completeBy.toString();
        return switch (state) {
            case SHIP_NOW -> "ship now";
            case SPLIT -> splitShipments
                    ? "ship " + onHand + (onHand == 1 ? " unit" : " units") + " now, the rest "
                            + (by == null ? "when it arrives (no date yet)" : "by " + by)
                    : by == null ? "hold: no date yet for the rest" : "hold until " + by;
            case WAITING -> by == null ? "wait: no date yet" : "wait: ships by " + by;
        };
    }
}
