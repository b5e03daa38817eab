package shop.atp.output;

import shop.atp.domain.Cover;
import shop.atp.domain.CoverAction;
import shop.atp.domain.DailyReport;
import shop.atp.domain.FileSummary;
import shop.atp.domain.LatePo;
import shop.atp.domain.NoticeKind;
import shop.atp.domain.OrderState;
import shop.atp.domain.SaleStatus;
import shop.atp.domain.Severity;
import shop.atp.domain.listings.ListingChanges;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The morning report laid out once as titled sections of tables, so that the text, markdown,
 * json and html renderings show the same content.
 */
public record ReportDocument(DailyReport report, List<Section> sections, List<String> whatIf) {

    /** A titled part of the report: a key for json, a one-line note, and its rows. */
    public record Section(String key, String title, String note, Table table) {
    }

    /** The report of {@code r}; {@code whatIf} the lines saying which PO dates this run moved (html shows them first). */
    public static ReportDocument of(DailyReport r, List<String> whatIf) {
        return of(r, whatIf, List.of());
    }

    /**
     * As {@link #of(DailyReport, List)}, with a section of the listings each platform's upload
     * file would change today when the policy names the platforms' exports ({@code listings:}).
     */
    public static ReportDocument of(DailyReport r, List<String> whatIf, List<ListingChanges> listings) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("inputs", "Inputs read", skipped(r.files()), inputs(r.files())));
        sections.add(new Section("status_per_channel", "Status per channel",
                r.skuCount() + " SKUs; each row counts the SKUs in each status on that channel", statusCounts(r)));
        sections.add(new Section("findings", "Findings",
                r.findings().isEmpty() ? "no findings" : Summaries.findingCounts(r.findings()) + ", worst first",
                Tables.check(r.findings())));
        sections.add(new Section("late_purchase_orders", "Late purchase orders",
                r.latePurchaseOrders().isEmpty() ? "no late POs" : r.latePurchaseOrders().size() + " late PO lines",
                latePos(r.latePurchaseOrders())));
        sections.add(new Section("preorders", "Preorders",
                r.preorders().isEmpty() ? "no new products on preorder" : null, Tables.preorders(r.preorders())));
        sections.add(new Section("oversold", "Oversold SKUs",
                r.oversold().isEmpty() ? "nothing oversold" : r.oversold().size() + " SKUs sold beyond what is on hand and incoming",
                Table.of(List.of("sku", "title", "on_hand", "incoming", "committed", "available", "shortfall"), r.oversold(),
                        q -> new Object[]{q.sku(), q.title(), q.onHand(), q.incoming(), q.committed(), q.available(), -q.available()})));
        sections.add(new Section("open_orders", "Open orders", openOrdersNote(r), openOrders(r)));
        sections.add(new Section("customer_messages", "Customer messages", noticesNote(r),
                Table.of(List.of("kind", "messages"), List.of(NoticeKind.values()),
                        k -> new Object[]{k.word(), r.noticesDue().get(k)})));
        sections.add(new Section("policy_health", "Policy health", "over the order lines placed in the last "
                + r.windowDays() + " days; atp health prints the same", Tables.health(r.health())));
        sections.add(new Section("days_of_cover", "Days of cover", reorderNote(r.reorders()), Tables.cover(r.reorders())));
        if (!listings.isEmpty()) {
            sections.add(new Section("listings", "Listings", "listings to change today: " + String.join(", ",
                    listings.stream().map(l -> l.platform() + " " + l.changes()).toList()) + "; atp listings writes the files",
                    Table.of(List.of("platform", "export", "listings_to_change", "rows"), listings,
                            l -> new Object[]{l.platform(), l.file(), l.changes(), l.rows()})));
        }
        return new ReportDocument(r, sections, List.copyOf(whatIf));
    }

    /**
     * The whole report as one table for csv and tsv: a row per cell of every section
     * (section, row number, field, value), so a spreadsheet can filter or pivot it.
     */
    public Table asLongTable() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{"report", 1, "as_of", report.asOf()});
        rows.add(new Object[]{"report", 1, "errors", report.count(Severity.ERROR)});
        rows.add(new Object[]{"report", 1, "warnings", report.count(Severity.WARNING)});
        for (Section s : sections) {
            int n = 0;
            for (Object[] row : s.table().rows()) {
                n++;
                for (int i = 0; i < row.length; i++) {
                    rows.add(new Object[]{s.key(), n, s.table().columns().get(i), row[i]});
                }
            }
        }
        return Table.ofRows(List.of("section", "row", "field", "value"), rows);
    }

    public String title() {
        return "atp morning report, " + report.asOf();
    }

    /** One line: the worst news first. */
    public String headline() {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        return Summaries.plural(errors, "error") + ", " + Summaries.plural(warnings, "warning") + "; "
                + Summaries.plural(report.oversold().size(), "oversold SKU") + ", "
                + Summaries.plural(report.latePurchaseOrders().size(), "late PO line");
    }

    /** "N customer messages due today (D delay, C confirmation, U update)". */
    private static String noticesNote(DailyReport r) {
        long all = r.noticesDue().values().stream().mapToLong(Long::longValue).sum();
        return Summaries.plural(all, "customer message") + " due today (" + r.noticesDue().get(NoticeKind.DELAY) + " delay, "
                + r.noticesDue().get(NoticeKind.CONFIRMATION) + " confirmation, " + r.noticesDue().get(NoticeKind.UPDATE)
                + " update); atp notices writes them";
    }

    private static String openOrdersNote(DailyReport r) {
        long all = r.openOrders().values().stream().mapToLong(DailyReport.OrderCount::orders).sum();
        return all == 0 ? "no open orders" : Summaries.plural(all, "open order") + ": "
                + r.openOrders().get(OrderState.SHIP_NOW).orders() + " ship now, "
                + r.openOrders().get(OrderState.SPLIT).orders() + " split, "
                + r.openOrders().get(OrderState.WAITING).orders() + " waiting; atp orders lists them";
    }

    private static Table openOrders(DailyReport r) {
        return Table.of(List.of("state", "orders", "units", "units_on_hand"), List.of(OrderState.values()),
                s -> new Object[]{s.name(), r.openOrders().get(s).orders(), r.openOrders().get(s).units(),
                        r.openOrders().get(s).unitsOnHand()});
    }

    /** The reasons rows were skipped, per file ("rows skipped: orders_export_1.csv: line without a SKU (1)"), or none. */
    private static String skipped(List<FileSummary> files) {
        List<String> parts = new ArrayList<>();
        for (FileSummary f : files) {
            f.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> parts.add(f.file() + ": " + e.getKey() + " (" + e.getValue() + ")"));
        }
        return parts.isEmpty() ? null : "rows skipped: " + String.join("; ", parts);
    }

    private static String reorderNote(List<Cover> reorders) {
        if (reorders.isEmpty()) {
            return "nothing to reorder";
        }
        long now = reorders.stream().filter(c -> c.action() == CoverAction.ORDER_NOW).count();
        return Summaries.plural(reorders.size(), "SKU") + " to reorder (" + now + " now, " + (reorders.size() - now)
                + " soon); atp cover shows every SKU";
    }

    private static Table inputs(List<FileSummary> files) {
        return Table.of(List.of("file", "format", "rows_read", "rows_used", "rows_rejected", "rows_skipped"), files,
                f -> f.present() ? new Object[]{f.file(), f.format(), f.rowsRead(), f.rowsUsed(), f.rowsRejected(), f.rowsSkipped()}
                        : new Object[]{f.file() + " (not given)", f.format(), 0L, 0L, 0L, 0L});
    }

    private static Table statusCounts(DailyReport r) {
        List<String> columns = new ArrayList<>();
        columns.add("channel");
        for (SaleStatus s : SaleStatus.values()) {
            columns.add(s.name());
        }
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<String, Map<SaleStatus, Long>> e : r.statusCounts().entrySet()) {
            Object[] row = new Object[columns.size()];
            row[0] = e.getKey();
            for (SaleStatus s : SaleStatus.values()) {
                row[s.ordinal() + 1] = e.getValue().get(s);
            }
            rows.add(row);
        }
        return Table.ofRows(columns, rows);
    }

    private static Table latePos(List<LatePo> late) {
        return Table.of(List.of("po_number", "sku", "expected_date", "days_late", "units_waiting", "orders_waiting"), late,
                l -> new Object[]{l.line().poNumber(), l.line().sku(), l.line().expectedDate(), l.daysLate(),
                        l.unitsWaiting(), l.ordersWaiting()});
    }
}
