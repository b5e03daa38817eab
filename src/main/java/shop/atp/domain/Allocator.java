package shop.atp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * SPEC "Allocation (FIFO)": open order lines, oldest first, take stock from on hand, then
 * from the SKU's incoming lines by expected date, then (for a new product without POs) from
 * planned production. A negative on hand is repaid by the first incoming units. Runs in
 * O(n log n) for n order lines: one sort, then one pass per SKU with a cursor over its sources.
 */
public final class Allocator {

    /** Incoming lines in serving order: expected date (unknown last), PO number, file order. */
    static final Comparator<PurchaseOrderLine> SERVING_ORDER = Comparator
            .comparing(PurchaseOrderLine::expectedDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PurchaseOrderLine::poNumber)
            .thenComparingInt(PurchaseOrderLine::file)
            .thenComparingInt(PurchaseOrderLine::line);

    private final Shop shop;
    private final Policy policy;
    private final LocalDate asOf;

    private Allocator(Shop shop, Policy policy, LocalDate asOf) {
        this.shop = shop;
        this.policy = policy;
        this.asOf = asOf;
    }

    public static Allocation allocate(Shop shop, Policy policy, LocalDate asOf) {
        return new Allocator(shop, policy, asOf).run();
    }

    /**
     * SPEC "receive": the SKU's allocation as if {@code atDock} had arrived on the as-of date
     * with the units given (in place of those lines' incoming), serving right after on hand
     * and before every other incoming line.
     *
     * @param atDock lines of the SKU's incoming, in the order they are unloaded → units delivered
     */
    public static SkuAllocation withDelivery(SkuFacts sku, Policy policy, LocalDate asOf,
                                             Map<PurchaseOrderLine, Long> atDock) {
        return new Allocator(null, policy, asOf).allocateSku(sku, atDock);
    }

    private Allocation run() {
        return new Allocation(InParallel.map(shop.skus(), sku -> allocateSku(sku, Map.of())));
    }

    /** A source while allocation runs; becomes an immutable {@link Supply} afterwards. */
    private static final class Slot {
        final SourceKind kind;
        final PurchaseOrderLine po;
        final LocalDate arrival;
        final long capacity;
        long debtRepaid;
        long allocated;
        int lines;
        private LocalDate promised;
        private boolean promiseWorkedOut;

        Slot(SourceKind kind, PurchaseOrderLine po, LocalDate arrival, long capacity) {
            this.kind = kind;
            this.po = po;
            this.arrival = arrival;
            this.capacity = capacity;
        }

        long remaining() {
            return capacity - debtRepaid - allocated;
        }

        /** The date its units are promised for: one LocalDate shared by all the slot's pieces. */
        LocalDate promised(SkuRules rules, LocalDate asOf) {
            if (!promiseWorkedOut) {
                promised = PromiseDates.of(kind, po, arrival, rules, asOf);
                promiseWorkedOut = true;
            }
            return promised;
        }

        Supply freeze() {
            return new Supply(kind, po, arrival, capacity, debtRepaid, allocated, lines);
        }
    }

    private SkuAllocation allocateSku(SkuFacts sku, Map<PurchaseOrderLine, Long> atDock) {
        OrderLine[] lines = sku.openLines().toArray(new OrderLine[0]); // oldest first
        List<Slot> slots = sourcesInServingOrder(sku, atDock);
        repayDebt(slots, Math.max(0, -sku.onHand()));
        SkuRules rules = policy.rulesFor(sku.sku());
        PieceState waiting = sku.isNew() ? PieceState.PREORDER : PieceState.BACKORDER;
        Integer queueSize = lines.length - servedFromOnHand(lines, slots);
        List<Piece> pieces = new ArrayList<>(lines.length + slots.size());
        int cursor = 0;
        int position = 0;
        for (OrderLine order : lines) {
            long need = order.openQuantity();
            Integer place = null;
            while (need > 0 && cursor < slots.size()) {
                Slot slot = slots.get(cursor);
                long take = Math.min(need, slot.remaining());
                if (take > 0) {
                    slot.allocated += take;
                    slot.lines++;
                    need -= take;
                    boolean fromOnHand = slot.kind == SourceKind.ON_HAND;
                    if (!fromOnHand && place == null) {
                        place = ++position;
                    }
                    pieces.add(new Piece(order, slot.kind, slot.po, take, slot.promised(rules, asOf),
                            place, fromOnHand ? null : queueSize, fromOnHand ? PieceState.ALLOCATED : waiting));
                }
                if (slot.remaining() == 0) {
                    cursor++;
                }
            }
            if (need > 0) {
                if (place == null) {
                    place = ++position;
                }
                pieces.add(new Piece(order, SourceKind.NONE, null, need, null, place, queueSize,
                        PieceState.SHORT));
            }
        }
        List<Supply> supplies = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            supplies.add(slot.freeze());
        }
        return new SkuAllocation(sku.sku(), supplies, pieces);
    }

    /**
     * How many of the first lines on hand serves wholly: the rest wait in the SKU's backorder
     * queue. On hand is served first and never repays debt, so this is known before allocating.
     */
    private static int servedFromOnHand(OrderLine[] lines, List<Slot> slots) {
        long onHand = !slots.isEmpty() && slots.get(0).kind == SourceKind.ON_HAND ? slots.get(0).capacity : 0;
        int served = 0;
        for (OrderLine order : lines) {
            long need = order.openQuantity();
            if (need > onHand) {
                break;
            }
            onHand -= need;
            served++;
        }
        return served;
    }

    private List<Slot> sourcesInServingOrder(SkuFacts sku, Map<PurchaseOrderLine, Long> atDock) {
        List<Slot> slots = new ArrayList<>();
        if (sku.onHand() > 0) {
            slots.add(new Slot(SourceKind.ON_HAND, null, asOf, sku.onHand()));
        }
        for (Map.Entry<PurchaseOrderLine, Long> delivered : atDock.entrySet()) {
            PurchaseOrderLine po = delivered.getKey();
            PurchaseOrderLine arrived = new PurchaseOrderLine(po.poNumber(), po.sku(),
                    Math.addExact(po.received(), delivered.getValue()), po.received(), asOf, po.status(), po.line(), po.file());
            slots.add(new Slot(SourceKind.PURCHASE_ORDER, arrived, asOf, delivered.getValue()));
        }
        List<PurchaseOrderLine> sorted = new ArrayList<>(sku.incomingLines());
        sorted.removeIf(atDock::containsKey);
        sorted.sort(SERVING_ORDER);
        for (PurchaseOrderLine po : sorted) {
            slots.add(new Slot(SourceKind.PURCHASE_ORDER, po, po.expectedDate(), po.incoming()));
        }
        Product product = sku.product();
        if (product != null && product.isNew() && sku.incomingLines().isEmpty()) {
            slots.add(new Slot(SourceKind.PRODUCTION, null, product.releaseDate(), product.plannedProduction()));
        }
        return slots;
    }

    private static void repayDebt(List<Slot> slots, long debt) {
        for (Slot slot : slots) {
            if (debt == 0) {
                return;
            }
            if (slot.kind != SourceKind.ON_HAND) {
                long repay = Math.min(debt, slot.remaining());
                slot.debtRepaid += repay;
                debt -= repay;
            }
        }
    }
}
