package shop.atp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SPEC "receive": a PO at the dock on the as-of date. Per SKU on it, the order lines its units
 * fill, in FIFO order (backorders first: they are the lines on-hand did not serve), the lines
 * that no longer get units when the delivery comes short, the units that repay on-hand debt,
 * and the units left for stock.
 */
public record Delivery(String poNumber, LocalDate asOf, List<DeliveredSku> skus) {

    /** What the dock does with one order line: fill it from this delivery, or tell it the units are not there. */
    public enum PickState {
        /** Units of this delivery go to the order line. */
        PICK,
        /** Units the full delivery would have given the order line, and this one does not. */
        SHORT
    }

    /** One order line's share of the delivery: what to pick for it, or what it misses. */
    public record Pick(OrderLine order, long quantity, Integer position, Integer queueSize, LocalDate promisedDate,
                       PickState state) {
    }

    /**
     * One SKU of the delivery.
     *
     * @param expected     units still to come on the PO's lines of the SKU
     * @param delivered    units at the dock
     * @param debtRepaid   units that repay a negative on hand
     * @param leftForStock delivered − picked − debt repaid
     */
    public record DeliveredSku(String sku, String title, long expected, long delivered, List<Pick> picks,
                               long debtRepaid, long leftForStock) {
    }

    /** The PO's lines with units still to come, in file order (empty when the shop has none). */
    public static List<PurchaseOrderLine> incomingLinesOf(Shop shop, String poNumber) {
        List<PurchaseOrderLine> lines = new ArrayList<>();
        for (SkuFacts sku : shop.skus()) {
            for (PurchaseOrderLine po : sku.incomingLines()) {
                if (po.poNumber().equals(poNumber)) {
                    lines.add(po);
                }
            }
        }
        lines.sort(java.util.Comparator.comparingInt(PurchaseOrderLine::file).thenComparingInt(PurchaseOrderLine::line));
        return lines;
    }

    /**
     * The delivery of {@code poLines} (the PO's incoming lines), each SKU's units as
     * {@code delivered} says or, for a SKU it does not name, all its units still to come. A
     * SKU's delivered units fill its lines in file order; the last takes any extra.
     */
    public static Delivery receive(Analysis analysis, String poNumber, List<PurchaseOrderLine> poLines,
                                   Map<String, Long> delivered) {
        Map<String, List<PurchaseOrderLine>> bySku = new LinkedHashMap<>();
        for (PurchaseOrderLine po : poLines) {
            bySku.computeIfAbsent(po.sku(), s -> new ArrayList<>()).add(po);
        }
        List<DeliveredSku> skus = new ArrayList<>();
        for (Map.Entry<String, List<PurchaseOrderLine>> e : bySku.entrySet()) {
            long expected = 0;
            for (PurchaseOrderLine po : e.getValue()) {
                expected = Math.addExact(expected, po.incoming());
            }
            skus.add(receiveSku(analysis, e.getValue(), expected, delivered.getOrDefault(e.getKey(), expected)));
        }
        return new Delivery(poNumber, analysis.asOf(), skus);
    }

    private static DeliveredSku receiveSku(Analysis analysis, List<PurchaseOrderLine> lines, long expected, long units) {
        SkuFacts facts = analysis.shop().sku(lines.get(0).sku());
        SkuAllocation now = Allocator.withDelivery(facts, analysis.policy(), analysis.asOf(), unloaded(lines, units));
        List<Pick> picks = picks(now, lines);
        if (units < expected) {
            SkuAllocation full = Allocator.withDelivery(facts, analysis.policy(), analysis.asOf(), unloaded(lines, expected));
            picks.addAll(missing(picks(full, lines), picks));
        }
        long debt = 0;
        long left = 0;
        for (Supply s : now.supplies()) {
            if (isAtDock(s.po(), lines)) {
                debt = Math.addExact(debt, s.debtRepaid());
                left = Math.addExact(left, s.remaining());
            }
        }
        return new DeliveredSku(facts.sku(), facts.title(), expected, units, picks, debt, left);
    }

    /** The lines in file order, each with its share of {@code units}; the last takes what is over. */
    private static Map<PurchaseOrderLine, Long> unloaded(List<PurchaseOrderLine> lines, long units) {
        Map<PurchaseOrderLine, Long> atDock = new LinkedHashMap<>();
        long left = units;
        for (int i = 0; i < lines.size(); i++) {
            long share = i == lines.size() - 1 ? left : Math.min(left, lines.get(i).incoming());
            atDock.put(lines.get(i), share);
            left -= share;
        }
        return atDock;
    }

    private static boolean isAtDock(PurchaseOrderLine po, List<PurchaseOrderLine> lines) {
        if (po == null) {
            return false;
        }
        for (PurchaseOrderLine line : lines) {
            if (line.sameLine(po)) {
                return true;
            }
        }
        return false;
    }

    /** The pieces the delivered lines give, one pick per order line, in FIFO order. */
    private static List<Pick> picks(SkuAllocation allocation, List<PurchaseOrderLine> lines) {
        List<Pick> picks = new ArrayList<>();
        for (Piece p : allocation.pieces()) {
            if (p.kind() != SourceKind.PURCHASE_ORDER || !isAtDock(p.po(), lines)) {
                continue;
            }
            Pick last = picks.isEmpty() ? null : picks.get(picks.size() - 1);
            if (last != null && last.order() == p.order()) {
                picks.set(picks.size() - 1, new Pick(p.order(), last.quantity() + p.quantity(), last.position(),
                        last.queueSize(), last.promisedDate(), PickState.PICK));
            } else {
                picks.add(new Pick(p.order(), p.quantity(), p.position(), p.queueSize(), p.promisedDate(), PickState.PICK));
            }
        }
        return picks;
    }

    /** What the full delivery's picks had that this delivery's do not: SHORT rows, in FIFO order. */
    private static List<Pick> missing(List<Pick> full, List<Pick> now) {
        Map<OrderLine, Long> got = new IdentityHashMap<>();
        for (Pick p : now) {
            got.merge(p.order(), p.quantity(), Long::sum);
        }
        List<Pick> shorts = new ArrayList<>();
        for (Pick p : full) {
            long missing = p.quantity() - got.getOrDefault(p.order(), 0L);
            if (missing > 0) {
                shorts.add(new Pick(p.order(), missing, p.position(), p.queueSize(), null, PickState.SHORT));
            }
        }
        return shorts;
    }

    public long units() {
        long n = 0;
        for (DeliveredSku s : skus) {
            n = Math.addExact(n, s.delivered());
        }
        return n;
    }
}
