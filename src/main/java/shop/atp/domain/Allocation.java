package shop.atp.domain;

import java.util.List;
import java.util.Map;

/** The FIFO allocation of every open order line: its pieces in FIFO order, and each SKU's share. */
public record Allocation(List<Piece> pieces, Map<String, SkuAllocation> bySku) {

    public SkuAllocation of(String sku) {
        return bySku.getOrDefault(sku, SkuAllocation.empty(sku));
    }
}
