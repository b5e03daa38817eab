package shop.atp.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The allocation read per order rather than per SKU: each order's pieces gathered from every
 * SKU, orders in FIFO order of their oldest line (for `orders` and `notices`).
 */
final class OrderGroups {

    /** One order's pieces (a line's pieces next to each other, SKU by SKU) and its oldest line. */
    record Group(OrderLine first, List<Piece> pieces) {
    }

    private OrderGroups() {
    }

    static List<Group> of(Analysis analysis) {
        Map<String, Integer> index = new HashMap<>();
        List<OrderLine> firsts = new ArrayList<>();
        List<List<Piece>> pieces = new ArrayList<>();
        for (SkuPicture sku : analysis.skus()) {
            for (Piece p : sku.allocation().pieces()) {
                OrderLine line = p.order();
                Integer at = index.get(line.orderId());
                if (at == null) {
                    at = firsts.size();
                    index.put(line.orderId(), at);
                    firsts.add(line);
                    pieces.add(new ArrayList<>(2));
                } else if (FifoOrder.LINES.compare(line, firsts.get(at)) < 0) {
                    firsts.set(at, line);
                }
                pieces.get(at).add(p);
            }
        }
        OrderLine[] oldest = firsts.toArray(new OrderLine[0]);
        List<Group> groups = new ArrayList<>(oldest.length);
        // FifoOrder's fast sort: at a million lines a sort by the comparator took most of `orders`' own time
        for (int i : FifoOrder.sorted(oldest)) {
            groups.add(new Group(oldest[i], pieces.get(i)));
        }
        return groups;
    }
}
