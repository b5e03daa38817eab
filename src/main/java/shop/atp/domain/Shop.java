package shop.atp.domain;

import java.util.List;
import java.util.Map;

/**
 * Everything read from the exports, reduced to what the rules need: on-hand per SKU, the
 * incoming PO lines, the order lines that still need stock, the catalogue, and where each
 * SKU was first seen (for UNKNOWN_SKU). Built by {@link ShopBuilder}.
 *
 * @param skus            every SKU named in any file, sorted
 *
 * @param firstOrderBySku the FIFO-first order line naming each SKU, any status
 * @param firstPoBySku    the first PO line in file order naming each SKU, any status
 */
public record Shop(List<String> skus, Map<String, Long> onHand, Map<String, Product> products,
                   List<PurchaseOrderLine> incomingLines, List<OrderLine> openLines, Map<String, Long> committed,
                   Map<String, OrderLine> firstOrderBySku, Map<String, PurchaseOrderLine> firstPoBySku,
                   List<FileSummary> files) {

    public long onHand(String sku) {
        return onHand.getOrDefault(sku, 0L);
    }

    public long committed(String sku) {
        return committed.getOrDefault(sku, 0L);
    }

    public Product product(String sku) {
        return products.get(sku);
    }

    public boolean isNew(String sku) {
        Product p = products.get(sku);
        return p != null && p.isNew();
    }

    public String title(String sku) {
        Product p = products.get(sku);
        return p == null ? "" : p.title();
    }
}
