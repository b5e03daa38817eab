package shop.atp.domain;

import java.util.List;

/**
 * Everything read from the exports, reduced to what the rules need: each SKU's facts (on
 * hand, incoming PO lines, the order lines that still need stock, the catalogue row, where
 * it was first seen), and what was read from each file. Built by {@link ShopBuilder}.
 *
 * @param skus   every SKU named in any file, sorted by SKU
 * @param health the policy-health counts of the order lines within the planning window
 * @param shippedUnknown open lines an export says are partly shipped, without saying how much
 * @param platformMismatches SKUs whose platform's committed count differs from its orders read
 * @param notes  what reading did that a merchant should know (open orders added back to stock)
 */
public record Shop(List<SkuFacts> skus, List<FileSummary> files, HealthCounts health, List<OrderLine> shippedUnknown,
                   List<PlatformMismatch> platformMismatches, List<ReadingNote> notes) {

    /** One SKU's facts, or null when no file names it. */
    public SkuFacts sku(String sku) {
        return SkuOrder.find(skus, SkuFacts::sku, sku);
    }
}
