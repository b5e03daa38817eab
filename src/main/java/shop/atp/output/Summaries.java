package shop.atp.output;

import shop.atp.domain.Finding;
import shop.atp.domain.PreorderTracker;
import shop.atp.domain.Severity;

import java.util.List;

/** Short texts for people: finding counts and the preorder tracker cards. */
public final class Summaries {

    private Summaries() {
    }

    /** "2 errors, 5 warnings", or "no findings". */
    public static String findingCounts(List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.size() - errors;
        if (findings.isEmpty()) {
            return "no findings";
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The tracker of each new product, as the merchant's preorder sheet lays it out. */
    public static String preorderTrackers(List<PreorderTracker> trackers) {
        if (trackers.isEmpty()) {
            return "no new products on preorder\n";
        }
        StringBuilder b = new StringBuilder();
        for (PreorderTracker t : trackers) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(Cells.printable(t.sku())).append("  ").append(Cells.printable(t.title())).append('\n')
                    .append("  Total planned production: ").append(t.plannedProduction()).append(" units\n")
                    .append("  Preorder limit (").append(t.cap()).append("): ").append(t.preorderLimit()).append(" units\n")
                    .append("  Preorders received: ").append(t.preordered()).append(" units\n")
                    .append("  Remaining preorder capacity: ").append(t.remaining()).append(" units\n")
                    .append("  Expected production date: ").append(t.releaseDate()).append('\n')
                    .append("  Expected ship date: ").append(t.shipDate()).append('\n')
                    .append("  Status: ").append(t.status()).append('\n');
        }
        return b.toString();
    }
}
