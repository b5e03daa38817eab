package shop.atp.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The FIFO allocation of every open order line: each SKU's share, and all pieces in FIFO order. */
public final class Allocation {

    private final List<SkuAllocation> skus;
    private final List<OrderLine> openLines;
    private List<RankedPiece> pieces;

    /**
     * @param skus      every SKU's allocation, in the shop's SKU order
     * @param openLines the open lines of all SKUs, in file order
     */
    Allocation(List<SkuAllocation> skus, List<OrderLine> openLines) {
        this.skus = skus;
        this.openLines = openLines;
    }

    /** Every SKU's allocation, in the shop's SKU order. */
    List<SkuAllocation> skus() {
        return skus;
    }

    /** One SKU's allocation (empty for a SKU the shop does not name). */
    public SkuAllocation of(String sku) {
        SkuAllocation a = SkuOrder.find(skus, SkuAllocation::sku, sku);
        return a != null ? a : SkuAllocation.empty(sku);
    }

    /**
     * Every piece in FIFO order, a line's pieces in the order they were cut, each with its
     * line's rank. Put together on first use: only `allocate` lists pieces across SKUs, and
     * only it needs the rank, which takes a sort of all open lines.
     */
    public synchronized List<RankedPiece> pieces() {
        if (pieces == null) {
            pieces = ranked();
        }
        return pieces;
    }

    /** A SKU's pieces, and how many of them the lines before have taken. */
    private static final class Taken {
        final List<Piece> pieces;
        int next;

        Taken(List<Piece> pieces) {
            this.pieces = pieces;
        }
    }

    /** Each SKU's pieces are in FIFO order already: the lines of all SKUs in FIFO order take them in turn. */
    private List<RankedPiece> ranked() {
        OrderLine[] fifo = openLines.toArray(new OrderLine[0]);
        // parallelSort of objects is stable, like the sort of each SKU's lines.
        Arrays.parallelSort(fifo, FifoOrder.LINES);
        Map<String, Taken> bySkuTaken = new HashMap<>(skus.size() * 2);
        int count = 0;
        for (SkuAllocation a : skus) {
            bySkuTaken.put(a.sku(), new Taken(a.pieces()));
            count += a.pieces().size();
        }
        List<RankedPiece> out = new ArrayList<>(count);
        for (int i = 0; i < fifo.length; i++) {
            OrderLine line = fifo[i];
            Taken sku = bySkuTaken.get(line.sku());
            while (sku.next < sku.pieces.size() && sku.pieces.get(sku.next).order() == line) {
                out.add(new RankedPiece(i + 1, sku.pieces.get(sku.next++)));
            }
        }
        return out;
    }
}
