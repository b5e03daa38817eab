package shop.atp.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Takes the rows of the exports one at a time, as they stream in, and keeps only what the
 * rules need, so memory grows with SKUs and open order lines, not with file size.
 */
public final class ShopBuilder {

    private final TreeSet<String> skus = new TreeSet<>();
    private final Map<String, Long> onHand = new HashMap<>();
    private final Map<String, Product> products = new HashMap<>();
    private final List<PurchaseOrderLine> incomingLines = new ArrayList<>();
    private final List<OrderLine> openLines = new ArrayList<>();
    private final Map<String, Long> committed = new HashMap<>();
    private final Map<String, OrderLine> firstOrderBySku = new HashMap<>();
    private final Map<String, PurchaseOrderLine> firstPoBySku = new HashMap<>();
    private final List<FileSummary> files = new ArrayList<>();

    public void addOnHand(String sku, long units) {
        skus.add(sku);
        onHand.merge(sku, units, Math::addExact);
    }

    public void addPurchaseOrderLine(PurchaseOrderLine line) {
        skus.add(line.sku());
        firstPoBySku.putIfAbsent(line.sku(), line);
        if (line.isIncoming()) {
            incomingLines.add(line);
        }
    }

    public void addOrderLine(OrderLine line) {
        skus.add(line.sku());
        firstOrderBySku.merge(line.sku(), line, (a, b) -> FifoOrder.LINES.compare(a, b) <= 0 ? a : b);
        if (line.status() == OrderStatus.OPEN) {
            committed.merge(line.sku(), line.committed(), Math::addExact);
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
        skus.add(product.sku());
        products.put(product.sku(), product);
        return true;
    }

    public void addFileSummary(FileSummary summary) {
        files.add(summary);
    }

    public Shop build() {
        return new Shop(skus, onHand, products, incomingLines, openLines, committed,
                firstOrderBySku, firstPoBySku, List.copyOf(files));
    }
}
