package shop.atp.domain;

import java.time.LocalDate;

/** All that is known of one SKU after allocation: the input the decisions and findings read. */
public record SkuPicture(SkuFacts facts, SkuRules rules, SkuQuantities quantities, SkuAllocation allocation,
                         LocalDate asOf) {

    public String sku() {
        return facts.sku();
    }

    public Product product() {
        return facts.product();
    }

    public boolean isNew() {
        return facts.isNew();
    }

    public boolean isDiscontinued() {
        return product() != null && product().lifecycle() == Lifecycle.DISCONTINUED;
    }

    /** A new product's preordered units: units of its open order lines not served from on hand. */
    public long preordered() {
        return allocation.unitsNotFromOnHand();
    }

    public long preorderLimit() {
        return rules.preorderLimit(product().plannedProduction());
    }

    /** A PO line's room for new sales: its buffered share minus what allocation gave it, not below 0. */
    public long room(Supply poLine) {
        return Math.max(0, rules.bufferedShare(poLine.capacity()) - poLine.used());
    }

    public boolean isConfirmed(PurchaseOrderLine po) {
        return po.isConfirmed(asOf, rules.requireConfirmedPo());
    }

    /** The date a unit from this source would be promised, or null when its date no longer holds. */
    public LocalDate promiseFrom(Supply source) {
        return PromiseDates.of(source.kind(), source.po(), source.arrival(), rules, asOf);
    }
}
