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
        Map<String, SkuAllocation> bySku = new HashMap<>(results.size() * 2);
        for (SkuAllocation result : results) {
            bySku.put(result.sku(), result);
        }
        return new Allocation(results, bySku);
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

        Slot(SourceKind kind, PurchaseOrderLine po, LocalDate arrival, long capacity) {
            this.kind = kind;
            this.po = po;
            this.arrival = arrival;
            this.capacity = capacity;
        }

        long remaining() {
            return capacity - debtRepaid - allocated;
        }

        Supply freeze() {
            return new Supply(kind, po, arrival, capacity, debtRepaid, allocated, lines);
        }
    }

    private record Draft(Ranked order, Slot slot, long quantity) {
    }

    private SkuAllocation allocateSku(String sku, List<Ranked> lines, List<PurchaseOrderLine> incoming) {
        List<Slot> slots = sourcesInServingOrder(sku, incoming);
        repayDebt(slots, Math.max(0, -shop.onHand(sku)));
        List<Draft> drafts = new ArrayList<>();
        int cursor = 0;
        for (Ranked order : lines) {
            long need = order.line().openQuantity();
            while (need > 0 && cursor < slots.size()) {
                Slot slot = slots.get(cursor);
                long take = Math.min(need, slot.remaining());
                if (take > 0) {
                    slot.allocated += take;
                    slot.lines++;
                    need -= take;
                    drafts.add(new Draft(order, slot, take));
                }
                if (slot.remaining() == 0) {
                    cursor++;
                }
            }
            if (need > 0) {
                drafts.add(new Draft(order, null, need));
            }
        }
        return new SkuAllocation(sku, slots.stream().map(Slot::freeze).toList(), numberQueue(sku, drafts));
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

    /**
     * Gives the lines not wholly served from on hand their place in the SKU's backorder queue.
     * Drafts come line by line in FIFO order, so a line's place is a running count.
     */
    private List<Piece> numberQueue(String sku, List<Draft> drafts) {
        int queueSize = 0;
        int lastRank = -1;
        for (Draft d : drafts) {
            if (waits(d) && d.order().rank() != lastRank) {
                queueSize++;
                lastRank = d.order().rank();
            }
        }
        boolean isNew = shop.isNew(sku);
        SkuRules rules = policy.rulesFor(sku);
        List<Piece> pieces = new ArrayList<>(drafts.size());
        Integer size = queueSize;
        int position = 0;
        lastRank = -1;
        for (Draft d : drafts) {
            SourceKind kind = d.slot() == null ? SourceKind.NONE : d.slot().kind;
            if (waits(d) && d.order().rank() != lastRank) {
                position++;
                lastRank = d.order().rank();
            }
            boolean queued = kind != SourceKind.ON_HAND;
            pieces.add(new Piece(d.order().rank(), d.order().line(), kind, d.slot() == null ? null : d.slot().po,
                    d.quantity(), promisedDate(d.slot(), rules), queued ? Integer.valueOf(position) : null,
                    queued ? size : null, state(kind, isNew)));
        }
        return pieces;
    }

    /** A piece not served from on hand puts its line in the queue. */
    private static boolean waits(Draft d) {
        return d.slot() == null || d.slot().kind != SourceKind.ON_HAND;
    }

    private LocalDate promisedDate(Slot slot, SkuRules rules) {
        return slot == null ? null : PromiseDates.of(slot.kind, slot.po, slot.arrival, rules, asOf);
    }

    private static PieceState state(SourceKind kind, boolean isNew) {
        return switch (kind) {
            case ON_HAND -> PieceState.ALLOCATED;
            case NONE -> PieceState.SHORT;
            default -> isNew ? PieceState.PREORDER : PieceState.BACKORDER;
        };
    }
}
