package shop.atp.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Takes the rows of the exports one at a time, as they stream in, and keeps only what the
 * rules need, so memory grows with SKUs and open order lines, not with file size. Each SKU's
 * text is kept once, however many rows name it.
 */
public final class ShopBuilder {

    /** What the rows said of one SKU so far. */
    private static final class Tally {
        final String sku;
        Long onHand;
        long committed;
        OrderLine firstOrder;
        PurchaseOrderLine firstPo;

        Tally(String sku) {
            this.sku = sku;
        }
    }

    private final Map<String, Tally> tallies = new HashMap<>();
    private final SkuTable<Tally> byChars = new SkuTable<>();
    private final Map<String, Product> products = new HashMap<>();
    private final List<PurchaseOrderLine> incomingLines = new ArrayList<>();
    private final List<OrderLine> openLines = new ArrayList<>();
    private final List<FileSummary> files = new ArrayList<>();

    /** The last SKU looked up: the reader asks for a row's SKU, then adds the row under it. */
    private Tally last;

    private Tally tally(String sku) {
        if (last != null && last.sku == sku) {
            return last;
        }
        last = tallies.computeIfAbsent(sku, Tally::new);
        return last;
    }

    /** The one String instance kept for this SKU: rows share it instead of each holding a copy. */
    public String sku(String sku) {
        return tally(sku).sku;
    }

    /**
     * The same, for a SKU as a reader holds it: the chars {@code chars[from, to)}. One lookup
     * by the chars finds the SKU's tally, which the row added next then uses: a hash lookup by
     * String on top cost a fifth of reading a million rows.
     */
    public String sku(char[] chars, int from, int to) {
        if (from == to) {
            return "";
        }
        Tally t = byChars.find(chars, from, to);
        if (t == null) {
            t = tally(new String(chars, from, to - from));
            byChars.add(t.sku, t);
        }
        last = t;
        return t.sku;
    }

    public void addOnHand(String sku, long units) {
        Tally t = tally(sku);
        t.onHand = t.onHand == null ? units : Math.addExact(t.onHand, units);
    }

    public void addPurchaseOrderLine(PurchaseOrderLine line) {
        Tally t = tally(line.sku());
        if (t.firstPo == null) {
            t.firstPo = line;
        }
        if (line.isIncoming()) {
            incomingLines.add(line);
        }
    }

    public void addOrderLine(OrderLine line) {
        Tally t = tally(line.sku());
        if (t.firstOrder == null || FifoOrder.LINES.compare(line, t.firstOrder) < 0) {
            t.firstOrder = line;
        }
        if (line.status() == OrderStatus.OPEN) {
            t.committed = Math.addExact(t.committed, line.committed());
        }
        if (line.needsStock()) {
            openLines.add(line);
        }
    }

    /** Adds a catalogue row; returns false (and keeps the first) when the SKU is already listed. */
    public boolean addProduct(Product product) {
        if (products.containsKey(product.sku())) {
            return false;
        }
        tally(product.sku());
        products.put(product.sku(), product);
        return true;
    }

    /**
     * Takes in what {@code later} read from the rows that follow this builder's in the same
     * files (a file read in two parts on two cores): the same shop as if one builder had read
     * every row in file order.
     */
    public void merge(ShopBuilder later) {
        for (Tally theirs : later.tallies.values()) {
            Tally t = tally(theirs.sku);
            if (theirs.onHand != null) {
                t.onHand = t.onHand == null ? theirs.onHand : Math.addExact(t.onHand, theirs.onHand);
            }
            t.committed = Math.addExact(t.committed, theirs.committed);
            if (theirs.firstOrder != null
                    && (t.firstOrder == null || FifoOrder.LINES.compare(theirs.firstOrder, t.firstOrder) < 0)) {
                t.firstOrder = theirs.firstOrder;
            }
            if (t.firstPo == null) {
                t.firstPo = theirs.firstPo;
            }
        }
        later.products.forEach(products::putIfAbsent);
        incomingLines.addAll(later.incomingLines);
        openLines.addAll(later.openLines);
        files.addAll(later.files);
    }

    public void addFileSummary(FileSummary summary) {
        files.add(summary);
    }

    public Shop build() {
        Map<String, Long> onHand = new HashMap<>();
        Map<String, Long> committed = new HashMap<>();
        Map<String, OrderLine> firstOrder = new HashMap<>();
        Map<String, PurchaseOrderLine> firstPo = new HashMap<>();
        for (Tally t : tallies.values()) {
            if (t.onHand != null) {
                onHand.put(t.sku, t.onHand);
            }
            if (t.committed != 0) {
                committed.put(t.sku, t.committed);
            }
            if (t.firstOrder != null) {
                firstOrder.put(t.sku, t.firstOrder);
            }
            if (t.firstPo != null) {
                firstPo.put(t.sku, t.firstPo);
            }
        }
        List<String> skus = new ArrayList<>(tallies.keySet());
        Collections.sort(skus);
        return new Shop(skus, onHand, products, incomingLines, openLines, committed,
                firstOrder, firstPo, List.copyOf(files));
    }
}
