package shop.atp.domain;

import java.util.List;
import java.util.function.Predicate;

/**
 * The part of the shop a run shows: the SKUs of --sku and the channel of --channel. Rows are
 * filtered on every core (at 1 M order lines there are a million pieces and 400 k findings
 * to look at), and not at all when nothing was chosen.
 */
public final class Selection {

    /** Everything: no --sku, no --channel. */
    public static final Selection ALL = new Selection(null, null);

    /** The SKUs to show; null: every SKU. */
    private final Predicate<String> skus;
    /** The channel whose order lines to show; null: every channel. */
    private final String channel;

    public Selection(Predicate<String> skus, String channel) {
        this.skus = skus;
        this.channel = channel;
    }

    public boolean showsSku(String sku) {
        return skus == null || skus.test(sku);
    }

    /** Findings of the selected SKUs, and those about no SKU (a file, a PO line). */
    public List<Finding> findings(List<Finding> findings) {
        if (skus == null) {
            return findings;
        }
        return findings.parallelStream().filter(f -> f.sku().isEmpty() || skus.test(f.sku())).toList();
    }

    /** Pieces of order lines of the selected SKUs on the selected channel. */
    public List<RankedPiece> pieces(List<RankedPiece> pieces) {
        if (skus == null && channel == null) {
            return pieces;
        }
        return pieces.parallelStream()
                .filter(p -> showsSku(p.piece().order().sku()))
                .filter(p -> channel == null || channel.equals(p.piece().order().channel()))
                .toList();
    }

    public List<Decision> decisions(List<Decision> decisions) {
        return decisions.stream().filter(d -> showsSku(d.sku())).toList();
    }

    public List<PreorderTracker> preorders(List<PreorderTracker> trackers) {
        return trackers.stream().filter(t -> showsSku(t.sku())).toList();
    }

    public List<Cover> covers(List<Cover> rows) {
        return rows.stream().filter(c -> showsSku(c.sku())).toList();
    }

    /** Open orders of the selected channel, in {@code state} when it is not null (--sku does not apply to orders). */
    public List<OpenOrder> orders(List<OpenOrder> orders, OrderState state) {
        return orders.stream().filter(o -> channel == null || channel.equals(o.channel()))
                .filter(o -> state == null || o.state() == state).toList();
    }

    public List<SkuPicture> skus(List<SkuPicture> pictures) {
        return pictures.stream().filter(s -> showsSku(s.sku())).toList();
    }
}
