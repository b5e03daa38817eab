package shop.atp.domain;

import java.util.List;

/**
 * What the exports say of one SKU, gathered as the rows stream in, so that the rules find
 * all of a SKU's input in one place rather than in a map per kind of row.
 *
 * @param onHandListed  whether on-hand.csv names the SKU (a SKU it never names counts 0 on hand)
 * @param demand        units of its order lines placed within the demand window, any status but cancelled
 * @param product       its catalogue row, or null
 * @param firstOrder    the FIFO-first order line naming it, any status (for UNKNOWN_SKU)
 * @param firstPo       the first PO line in file order naming it, any status
 * @param incomingLines its PO lines with units still to come, in file order
 * @param openLines     its order lines that still need stock, in FIFO order (lines the FIFO key cannot
 *                      tell apart in file order)
 */
public record SkuFacts(String sku, long onHand, boolean onHandListed, long committed, long demand, Product product,
                       OrderLine firstOrder, PurchaseOrderLine firstPo, List<PurchaseOrderLine> incomingLines,
                       List<OrderLine> openLines) {

    public boolean isNew() {
        return product != null && product.isNew();
    }

    public String title() {
        return product == null ? "" : product.title();
    }
}
