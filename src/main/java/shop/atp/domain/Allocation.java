package shop.atp.domain;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** The FIFO allocation of every open order line: each SKU's share, and all pieces in FIFO order. */
public final class Allocation {

    private final List<SkuAllocation> skus;
    private List<RankedPiece> pieces;

    /** @param skus every SKU's allocation, in the shop's SKU order */
    Allocation(List<SkuAllocation> skus) {
        this.skus = skus;
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

    /**
     * Each SKU's pieces are in FIFO order already, a line's pieces next to each other: the
     * lines of all SKUs are put in FIFO order once, and each brings its pieces. The pieces
     * with their ranks are kept in two arrays; a {@link RankedPiece} is made when read.
     */
    private List<RankedPiece> ranked() {
        int lineCount = 0;
        int pieceCount = 0;
        for (SkuAllocation a : skus) {
            pieceCount += a.pieces().size();
            lineCount += linesIn(a.pieces());
        }
        OrderLine[] lines = new OrderLine[lineCount];
        int[] firstPiece = new int[lineCount + 1];
        Piece[] bySku = new Piece[pieceCount];
        int line = 0;
        int at = 0;
        for (SkuAllocation a : skus) {
            for (Piece piece : a.pieces()) {
                if (at == 0 || bySku[at - 1].order() != piece.order()) {
                    lines[line] = piece.order();
                    firstPiece[line++] = at;
                }
                bySku[at++] = piece;
            }
        }
        firstPiece[lineCount] = pieceCount;
        int[] fifo = FifoOrder.sorted(lines);
        Piece[] pieces = new Piece[pieceCount];
        int[] ranks = new int[pieceCount];
        int out = 0;
        for (int rank = 0; rank < lineCount; rank++) {
            int l = fifo[rank];
            for (int k = firstPiece[l]; k < firstPiece[l + 1]; k++) {
                pieces[out] = bySku[k];
                ranks[out++] = rank + 1;
            }
        }
        return new RankedPieces(pieces, ranks);
    }

    /** How many lines the pieces of one SKU are cut from (a line's pieces lie next to each other). */
    private static int linesIn(List<Piece> pieces) {
        int lines = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (i == 0 || pieces.get(i - 1).order() != pieces.get(i).order()) {
                lines++;
            }
        }
        return lines;
    }

    /** Pieces and their ranks in FIFO order, read as {@link RankedPiece}s. */
    private static final class RankedPieces extends AbstractList<RankedPiece> implements RandomAccess {
        private final Piece[] pieces;
        private final int[] ranks;

        RankedPieces(Piece[] pieces, int[] ranks) {
            this.pieces = pieces;
            this.ranks = ranks;
        }

        @Override
        public RankedPiece get(int index) {
            return new RankedPiece(ranks[index], pieces[index]);
        }

        @Override
        public int size() {
            return pieces.length;
        }
    }
}
