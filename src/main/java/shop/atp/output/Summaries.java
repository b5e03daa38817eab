package shop.atp.output;

import shop.atp.domain.Delivery;
import shop.atp.domain.Finding;
import shop.atp.domain.PreorderTracker;
import shop.atp.domain.Severity;

import java.util.List;

/** Short texts for people: finding counts, the preorder tracker cards, and the pick list at the dock. */
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

    /**
     * The pick list for the dock, to print: a block per SKU with the order lines to fill in
     * FIFO order (and those a short delivery leaves without), then what goes to stock.
     */
    public static String pickList(Delivery d) {
        StringBuilder b = new StringBuilder();
        b.append(Cells.printable(d.poNumber())).append(" at the dock on ").append(d.asOf()).append(": ")
                .append(plural(d.skus().size(), "SKU")).append(", ").append(plural(d.units(), "unit")).append('\n');
        for (Delivery.DeliveredSku sku : d.skus()) {
            b.append('\n').append(Cells.printable(sku.sku()));
            if (!sku.title().isEmpty()) {
                b.append("  ").append(Cells.printable(sku.title()));
            }
            b.append(": ").append(plural(sku.delivered(), "unit")).append(" delivered");
            if (sku.delivered() != sku.expected()) {
                b.append(" (").append(sku.expected()).append(" expected)");
            }
            b.append('\n');
            List<Object[]> rows = new java.util.ArrayList<>();
            for (Delivery.Pick p : sku.picks()) {
                rows.add(new Object[]{p.state() == Delivery.PickState.PICK ? "pick" : "SHORT", p.order().orderId(),
                        p.order().customer(), p.order().channel(), p.quantity(),
                        p.position() == null ? null : p.position() + " of " + p.queueSize(), p.promisedDate()});
            }
            if (!rows.isEmpty()) {
                java.io.StringWriter w = new java.io.StringWriter();
                new TableWriter(Format.TABLE, false).write(Table.ofRows(List.of("", "order_id", "customer", "channel",
                        "quantity", "queue", "ship_by"), rows), w);
                for (String line : w.toString().split("\n")) {
                    b.append("  ").append(line).append('\n');
                }
            } else {
                b.append("  no order waits for it\n");
            }
            if (sku.debtRepaid() > 0) {
                b.append("  repays on-hand debt: ").append(plural(sku.debtRepaid(), "unit")).append('\n');
            }
            b.append("  to stock: ").append(plural(sku.leftForStock(), "unit")).append('\n');
        }
        return b.toString();
    }
}
