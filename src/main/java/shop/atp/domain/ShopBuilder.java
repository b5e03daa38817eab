package shop.atp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Takes the rows of the exports one at a time, as they stream in, and keeps only what the
 * rules need, so memory grows with SKUs and open order lines, not with file size. Each row
 * goes straight to its SKU's tally: the rules then find a SKU's input in one place.
 */
public final class ShopBuilder {

    /**
     * A SKU as one builder knows it, handed to a reader when it first names the SKU, and back
     * with each of its rows: the row then finds its SKU's facts without a lookup by text.
     */
    public interface KnownSku {
        String sku();
    }

    /** What the rows said of one SKU so far. */
    private static final class Tally implements KnownSku {
        final ShopBuilder owner;
        final String sku;
        /** In {@link #tallies}: a row of the SKU was added (a SKU named only by invalid rows gets no row). */
        boolean listed;
        long onHand;
        boolean onHandListed;
        long committed;
        /** Units ordered within the demand window (SPEC "Planning"). */
        long demand;
        Product product;
        OrderLine firstOrder;
        /** {@link #firstOrder}'s second: a later line is told from it without reading it (a trip to memory). */
        long firstSecond;
        PurchaseOrderLine firstPo;
        List<PurchaseOrderLine> incoming = List.of();
        List<OrderLine> open = List.of();
        /** Whether {@link #open} came in FIFO order (it then needs no sort), told by each line's second as it comes. */
        boolean openInFifoOrder = true;
        long lastOpenSecond;

        Tally(ShopBuilder owner, String sku) {
            this.owner = owner;
            this.sku = sku;
        }

        @Override
        public String sku() {
            return sku;
        }

        void addIncoming(PurchaseOrderLine line) {
            if (incoming.isEmpty()) {
                incoming = new ArrayList<>(2);
            }
            incoming.add(line);
        }

        void addOpen(OrderLine line) {
            long second = line.orderedAt().getEpochSecond();
            if (open.isEmpty()) {
                open = new ArrayList<>(4);
            } else if (openInFifoOrder && second <= lastOpenSecond) {
                openInFifoOrder = second == lastOpenSecond && FifoOrder.LINES.compare(open.get(open.size() - 1), line) <= 0;
            }
            lastOpenSecond = second;
            open.add(line);
        }

        /** Keeps {@code line} as the FIFO-first order line when it comes before the one kept. */
        void seeOrder(OrderLine line, long second) {
            if (firstOrder == null || second < firstSecond
                    || second == firstSecond && FifoOrder.LINES.compare(line, firstOrder) < 0) {
                firstOrder = line;
                firstSecond = second;
            }
        }

        void addOnHand(long units) {
            onHand = onHandListed ? Math.addExact(onHand, units) : units;
            onHandListed = true;
        }

        /** Adds what the rows after this tally's said of the same SKU. */
        void takeIn(Tally later) {
            if (later.onHandListed) {
                addOnHand(later.onHand);
            }
            committed = Math.addExact(committed, later.committed);
            demand = Math.addExact(demand, later.demand);
            if (product == null) {
                product = later.product;
            }
            if (later.firstOrder != null) {
                seeOrder(later.firstOrder, later.firstSecond);
            }
            if (firstPo == null) {
                firstPo = later.firstPo;
            }
            incoming = joined(incoming, later.incoming);
            openInFifoOrder = openInFifoOrder && later.openInFifoOrder && (open.isEmpty() || later.open.isEmpty()
                    || FifoOrder.LINES.compare(open.get(open.size() - 1), later.open.get(0)) <= 0);
            if (!later.open.isEmpty()) {
                lastOpenSecond = later.lastOpenSecond;
            }
            open = joined(open, later.open);
        }

        SkuFacts facts() {
            if (!openInFifoOrder) {
                // stable: lines the FIFO key cannot tell apart keep their file order
                open.sort(FifoOrder.LINES);
                openInFifoOrder = true;
            }
            return new SkuFacts(sku, onHand, onHandListed, committed, demand, product, firstOrder, firstPo,
                    Collections.unmodifiableList(incoming), Collections.unmodifiableList(open));
        }
    }

    /** Every SKU's tally, in the order the SKUs were first named. */
    private final List<Tally> tallies = new ArrayList<>();
    private final Map<String, Tally> bySku = new HashMap<>();
    private final List<FileSummary> files = new ArrayList<>();

    /** The days whose order lines count as demand: none until {@link #countDemandIn} says. */
    private DemandWindow demandWindow = DemandWindow.NONE;

    /** The policy whose rules say what a line of the window was (a backorder, a preorder); null: no health counts. */
    private Policy historyPolicy;
    private final HealthTally health = new HealthTally();
    /** What the platforms' own exports say beside atp's counts. */
    private final PlatformCounts platforms = new PlatformCounts();
    /** Notes of reading beside the platforms' (a copy between exports not looked for). */
    private final List<ReadingNote> notes = new ArrayList<>(0);
    /** Open lines an export says are partly shipped, without saying how much (SHIPPED_UNKNOWN). */
    private final List<OrderLine> shippedUnknown = new ArrayList<>(0);

    /** The last SKU's tally: rows of one SKU often follow each other. */
    private Tally last;

    /** Counts the units of order lines placed within {@code window} as their SKU's demand; before the first row. */
    public ShopBuilder countDemandIn(DemandWindow window) {
        this.demandWindow = window;
        return this;
    }

    /** Counts the policy-health measures of the order lines placed within the demand window; before the first row. */
    public ShopBuilder countHealthWith(Policy policy) {
        this.historyPolicy = policy;
        return this;
    }

    /** Whether {@link #addOrderHistory} wants this line (its tags and shipped_at are read only then). */
    public boolean countsHistoryOf(OrderLine line) {
        return historyPolicy != null && demandWindow.contains(line.orderedAt());
    }

    /** Counts a line of the window toward the health measures, with its order's tags and shipped_at date. */
    public void addOrderHistory(OrderLine line, String tags, LocalDate shippedAt) {
        health.count(line, tags, shippedAt, historyPolicy.rulesFor(line.sku()).fulfillmentDays(), historyPolicy.timezone());
    }

    /** A platform's own count of the SKU's committed units (Shopify's Committed), summed over locations. */
    public void addPlatformCommitted(KnownSku sku, String platform, long units) {
        platforms.addCommitted(platform, sku.sku(), units);
    }

    /** The SKU's on-hand row came from a figure already net of the platform's open orders. */
    public void addNetOfOrders(KnownSku sku, String platform) {
        platforms.addNetOfOrders(platform, sku.sku());
    }

    /** Open units of an order line read from that platform's export. */
    public void addPlatformOpen(KnownSku sku, String platform, long units) {
        platforms.addOpen(platform, sku.sku(), units);
    }

    /** An orders export of the platform is read (even one with no open line). */
    public void platformOrdersRead(String platform) {
        platforms.ordersRead(platform);
    }

    /** An open line the export says is partly shipped without saying how much: counted wholly open, and warned of. */
    public void addShippedUnknown(OrderLine line) {
        shippedUnknown.add(line);
    }

    /** The SKU's tally, listed (it gets a row). */
    private Tally tally(String sku) {
        if (last != null && last.sku == sku) {
            return last;
        }
        Tally t = bySku.get(sku);
        if (t == null) {
            t = new Tally(this, sku);
            bySku.put(sku, t);
        }
        listed(t);
        last = t;
        return t;
    }

    private void listed(Tally t) {
        if (!t.listed) {
            t.listed = true;
            tallies.add(t);
        }
    }

    /**
     * The SKU as this builder knows it, made when a reader first names it: its rows then come
     * with it ({@link #addOrderLine(KnownSku, OrderLine)} and the like). Naming a SKU adds no
     * row; only a row added with it does.
     */
    public KnownSku known(String sku) {
        // one lookup: a reader names each SKU here once, so it is nearly always new
        Tally made = new Tally(this, sku);
        Tally known = bySku.putIfAbsent(sku, made);
        return known != null ? known : made;
    }

    private Tally tally(KnownSku sku) {
        if (!(sku instanceof Tally t) || t.owner != this) {
            throw new IllegalArgumentException("SKU " + sku.sku() + " is known to another shop");
        }
        listed(t);
        return t;
    }

    public void addOnHand(KnownSku sku, long units) {
        add(tally(sku), units);
    }

    public void addPurchaseOrderLine(KnownSku sku, PurchaseOrderLine line) {
        add(tally(sku), line);
    }

    public void addOrderLine(KnownSku sku, OrderLine line) {
        add(tally(sku), line);
    }

    /** Adds a catalogue row; returns false (and keeps the first) when the SKU is already listed. */
    public boolean addProduct(KnownSku sku, Product product) {
        return add(tally(sku), product);
    }

    public void addOnHand(String sku, long units) {
        add(tally(sku), units);
    }

    private static void add(Tally t, long units) {
        t.addOnHand(units);
    }

    public void addPurchaseOrderLine(PurchaseOrderLine line) {
        add(tally(line.sku()), line);
    }

    private static void add(Tally t, PurchaseOrderLine line) {
        if (t.firstPo == null) {
            t.firstPo = line;
        }
        if (line.isIncoming()) {
            t.addIncoming(line);
        }
    }

    public void addOrderLine(OrderLine line) {
        add(tally(line.sku()), line);
    }

    private void add(Tally t, OrderLine line) {
        t.seeOrder(line, line.orderedAt().getEpochSecond());
        if (line.status() == OrderStatus.OPEN) {
            t.committed = Math.addExact(t.committed, line.committed());
        }
        long demand = demandWindow.demandOf(line);
        if (demand > 0) {
            t.demand = Math.addExact(t.demand, demand);
        }
        if (line.needsStock()) {
            t.addOpen(line);
        }
    }

    /** Adds a catalogue row; returns false (and keeps the first) when the SKU is already listed. */
    public boolean addProduct(Product product) {
        return add(tally(product.sku()), product);
    }

    private static boolean add(Tally t, Product product) {
        if (t.product != null) {
            return false;
        }
        t.product = product;
        return true;
    }

    /**
     * Takes in what {@code later} read from rows that follow this builder's (a part of a file
     * read on another core, then joined in its place): the same shop as if one builder had
     * read every row in file order. Its SKUs are looked up here on every core (each names a different tally, and
     * none is added meanwhile); the few this builder has not seen are added afterwards.
     */
    public void merge(ShopBuilder later) {
        List<List<Tally>> unseen = InParallel.map(InParallel.parts(later.tallies), part -> {
            List<Tally> mine = new ArrayList<>(0);
            for (Tally theirs : part) {
                Tally t = bySku.get(theirs.sku);
                if (t == null || !t.listed) {
                    mine.add(theirs);
                } else {
                    t.takeIn(theirs);
                }
            }
            return mine;
        });
        for (List<Tally> part : unseen) {
            for (Tally theirs : part) {
                tally(theirs.sku).takeIn(theirs);
            }
        }
        files.addAll(later.files);
        health.add(later.health);
        shippedUnknown.addAll(later.shippedUnknown);
        platforms.merge(later.platforms);
    }

    /** {@code later} after {@code first}, in {@code first}'s list when it has one. */
    private static <T> List<T> joined(List<T> first, List<T> later) {
        if (first.isEmpty()) {
            return later;
        }
        first.addAll(later);
        return first;
    }

    public void addFileSummary(FileSummary summary) {
        files.add(summary);
    }

    /** The notes reading gave (stock figures net of a platform's orders), without building the shop: for validate. */
    public List<ReadingNote> readingNotes() {
        List<ReadingNote> all = new ArrayList<>(notes);
        all.addAll(platforms.addBackNetOfOrders((sku, open) -> { }));
        return all;
    }

    /** A note of reading (a warning on stderr when it is one), kept with the shop. */
    public void note(ReadingNote note) {
        notes.add(note);
    }

    public Shop build() {
        List<ReadingNote> notes = new ArrayList<>(this.notes);
        notes.addAll(platforms.addBackNetOfOrders((sku, open) -> bySku.get(sku).addOnHand(open)));
        // on both cores: 100 k SKUs to sort and make facts of
        Tally[] sorted = tallies.toArray(new Tally[0]);
        Arrays.parallelSort(sorted, (a, b) -> a.sku.compareTo(b.sku));
        List<SkuFacts> skus = InParallel.map(Arrays.asList(sorted), Tally::facts);
        return new Shop(Collections.unmodifiableList(skus), List.copyOf(files), health.counts(), List.copyOf(shippedUnknown),
                platforms.mismatches(), notes);
    }
}
