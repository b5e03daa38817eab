package shop.atp.domain;

import java.time.LocalDate;

/**
 * SPEC "Quantities per SKU": available = on hand + incoming − committed; below zero the SKU
 * is oversold. {@code nextArrival} is null when nothing is due on a date that still holds.
 */
public record SkuQuantities(String sku, String title, long onHand, long incoming, long committed,
                            LocalDate nextArrival) {

    /** @throws ArithmeticException naming the SKU when available cannot be counted exactly: now, before any output */
    public SkuQuantities {
        available(sku, onHand, incoming, committed);
    }

    private static long available(String sku, long onHand, long incoming, long committed) {
        try {
            return Math.subtractExact(Math.addExact(onHand, incoming), committed);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("available of " + sku + ": " + e.getMessage());
        }
    }

    /** @throws ArithmeticException when it cannot be counted exactly in a long */
    public long available() {
        return available(sku, onHand, incoming, committed);
    }

    public boolean oversold() {
        return available() < 0;
    }

    /**
     * Counts one SKU. A new product with no incoming line counts its planned production as
     * incoming, arriving on its release date.
     */
    public static SkuQuantities of(SkuFacts sku, Iterable<PurchaseOrderLine> incomingLines, LocalDate asOf) {
        long incoming = 0;
        boolean anyIncomingLine = false;
        LocalDate next = null;
        for (PurchaseOrderLine po : incomingLines) {
            anyIncomingLine = true;
            incoming = Math.addExact(incoming, po.incoming());
            if (po.expectedDate() != null && !po.isLate(asOf) && (next == null || po.expectedDate().isBefore(next))) {
                next = po.expectedDate();
            }
        }
        Product product = sku.product();
        if (product != null && product.isNew() && !anyIncomingLine) {
            incoming = product.plannedProduction();
            next = product.releaseDate();
        }
        return new SkuQuantities(sku.sku(), sku.title(), sku.onHand(), incoming, sku.committed(), next);
    }
}
