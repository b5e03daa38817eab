package shop.atp.domain;

import java.util.List;
import java.util.function.Predicate;

/**
 * The part of the shop a run shows: the SKUs of --sku and the channel of --channel (null:
 * every channel). Rows are filtered on every core: at 1 M order lines there are a million
 * pieces and 400 k findings to look at.
 */
public record Selection(Predicate<String> skus, String channel) {

    /** Everything. */
    public static final Selection ALL = new Selection(sku -> true, null);

    public boolean showsSku(String sku) {
        return skus.test(sku);
    }

    /** Findings of the selected SKUs, and those about no SKU (a file, a PO line). */
    public List<Finding> findings(List<Finding> findings) {
        return findings.parallelStream().filter(f -> f.sku().isEmpty() || skus.test(f.sku())).toList();
    }

    /** Pieces of order lines of the selected SKUs on the selected channel. */
    public List<RankedPiece> pieces(List<RankedPiece> pieces) {
        return pieces.parallelStream()
                .filter(p -> skus.test(p.piece().order().sku()))
                .filter(p -> channel == null || channel.equals(p.piece().order().channel()))
                .toList();
    }

    public List<Decision> decisions(List<Decision> decisions) {
        return decisions.stream().filter(d -> skus.test(d.sku())).toList();
    }

    public List<PreorderTracker> preorders(List<PreorderTracker> trackers) {
        return trackers.stream().filter(t -> skus.test(t.sku())).toList();
    }

    public List<SkuPicture> skus(List<SkuPicture> pictures) {
        return pictures.stream().filter(s -> skus.test(s.sku())).toList();
    }
}
