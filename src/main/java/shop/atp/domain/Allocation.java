package shop.atp.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The FIFO allocation of every open order line: each SKU's share, and all pieces in FIFO order. */
public final class Allocation {

    private final List<SkuAllocation> skus;
    private Map<String, SkuAllocation> bySku;
    private List<Piece> pieces;

    /** @param skus every SKU's allocation, in the shop's SKU order */
    Allocation(List<SkuAllocation> skus) {
        this.skus = skus;
    }

    /** Every SKU's allocation, in the shop's SKU order. */
    List<SkuAllocation> skus() {
        return skus;
    }

    /** One SKU's allocation (made on first use: the analysis reads them in SKU order). */
    public synchronized SkuAllocation of(String sku) {
        if (bySku == null) {
            bySku = new HashMap<>(skus.size() * 2);
            for (SkuAllocation a : skus) {
                bySku.put(a.sku(), a);
            }
        }
        return bySku.getOrDefault(sku, SkuAllocation.empty(sku));
    }

    /**
     * Every piece in FIFO order, a line's pieces in the order they were cut. Put together on
     * first use: only `allocate` lists pieces across SKUs.
     */
    public synchronized List<Piece> pieces() {
        if (pieces == null) {
            pieces = inRankOrder();
        }
        return pieces;
    }

    /** A counting sort on rank, linear in the number of pieces. */
    private List<Piece> inRankOrder() {
        List<Piece> all = new ArrayList<>();
        for (SkuAllocation sku : skus) {
            all.addAll(sku.pieces());
        }
        int maxRank = 0;
        for (Piece p : all) {
            maxRank = Math.max(maxRank, p.rank());
        }
        int[] start = new int[maxRank + 2];
        for (Piece p : all) {
            start[p.rank() + 1]++;
        }
        for (int r = 1; r < start.length; r++) {
            start[r] += start[r - 1];
        }
        Piece[] sorted = new Piece[all.size()];
        for (Piece p : all) {
            sorted[start[p.rank()]++] = p;
        }
        return Arrays.asList(sorted);
    }
}
