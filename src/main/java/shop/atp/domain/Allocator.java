package shop.atp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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

    private record Ranked(int rank, OrderLine line) {
    }

    private Allocation run() {
        Map<String, List<Ranked>> linesBySku = openLinesInFifoOrder();
        Map<String, List<PurchaseOrderLine>> incomingBySku = new HashMap<>();
        for (PurchaseOrderLine po : shop.incomingLines()) {
            incomingBySku.computeIfAbsent(po.sku(), k -> new ArrayList<>()).add(po);
        }
        List<SkuAllocation> results = InParallel.map(shop.skus(), sku -> allocateSku(sku,
                linesBySku.getOrDefault(sku, List.of()), incomingBySku.getOrDefault(sku, List.of())));
        return new Allocation(results);
    }

    private Map<String, List<Ranked>> openLinesInFifoOrder() {
        OrderLine[] fifo = shop.openLines().toArray(new OrderLine[0]);
        // parallelSort of objects is stable, like List.sort: the same order, on both cores.
        Arrays.parallelSort(fifo, FifoOrder.LINES);
        Map<String, List<Ranked>> bySku = new HashMap<>();
        for (int i = 0; i < fifo.length; i++) {
            OrderLine line = fifo[i];
            bySku.computeIfAbsent(line.sku(), k -> new ArrayList<>()).add(new Ranked(i + 1, line));
        }
        return bySku;
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

    private SkuAllocation allocateSku(String sku, List<Ranked> lines, List<PurchaseOrderLine> incoming) {
        List<Slot> slots = sourcesInServingOrder(sku, incoming);
        repayDebt(slots, Math.max(0, -shop.onHand(sku)));
        SkuRules rules = policy.rulesFor(sku);
        PieceState waiting = shop.isNew(sku) ? PieceState.PREORDER : PieceState.BACKORDER;
        Integer queueSize = lines.size() - servedFromOnHand(lines, slots);
        List<Piece> pieces = new ArrayList<>(lines.size() + slots.size());
        int cursor = 0;
        int position = 0;
        for (Ranked order : lines) {
            long need = order.line().openQuantity();
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
                    pieces.add(new Piece(order.rank(), order.line(), slot.kind, slot.po, take, slot.promised(rules, asOf),
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
                pieces.add(new Piece(order.rank(), order.line(), SourceKind.NONE, null, need, null, place, queueSize,
                        PieceState.SHORT));
            }
        }
        List<Supply> supplies = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            supplies.add(slot.freeze());
        }
        return new SkuAllocation(sku, supplies, pieces);
    }

    /**
     * How many of the first lines on hand serves wholly: the rest wait in the SKU's backorder
     * queue. On hand is served first and never repays debt, so this is known before allocating.
     */
    private static int servedFromOnHand(List<Ranked> lines, List<Slot> slots) {
        long onHand = !slots.isEmpty() && slots.get(0).kind == SourceKind.ON_HAND ? slots.get(0).capacity : 0;
        int served = 0;
        for (Ranked order : lines) {
            long need = order.line().openQuantity();
            if (need > onHand) {
                break;
            }
            onHand -= need;
            served++;
        }
        return served;
    }

    private List<Slot> sourcesInServingOrder(String sku, List<PurchaseOrderLine> incoming) {
        List<Slot> slots = new ArrayList<>();
        long onHand = shop.onHand(sku);
        if (onHand > 0) {
            slots.add(new Slot(SourceKind.ON_HAND, null, asOf, onHand));
        }
        List<PurchaseOrderLine> sorted = new ArrayList<>(incoming);
        sorted.sort(SERVING_ORDER);
        for (PurchaseOrderLine po : sorted) {
            slots.add(new Slot(SourceKind.PURCHASE_ORDER, po, po.expectedDate(), po.incoming()));
        }
        Product product = shop.product(sku);
        if (product != null && product.isNew() && sorted.isEmpty()) {
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
