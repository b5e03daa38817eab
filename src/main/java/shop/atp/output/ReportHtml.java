package shop.atp.output;

import shop.atp.domain.Cover;
import shop.atp.domain.CoverAction;
import shop.atp.domain.DailyReport;
import shop.atp.domain.SaleStatus;
import shop.atp.domain.StockProjection;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched.
 * Charts: statuses per channel as stacked bars, and for SKUs with a finding the projected stock
 * over the next 30 days with the backorder and notify-me limits marked, and for SKUs to reorder
 * their days of cover against their lead time.
 */
public final class ReportHtml {

    /** Beyond this many SKU charts the page would be too long to read; the rest are counted. */
    static final int MAX_CHARTS = 60;
    private static final String[] STATUS_COLORS = {"#2e7d32", "#f9a825", "#1565c0", "#8e24aa", "#c62828"};

    private ReportHtml() {
    }

    public static void write(ReportDocument doc, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(doc.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        for (String line : doc.whatIf()) {
            b.append("<p class=\"what-if\">").append(esc(line)).append("</p>\n");
        }
        b.append("<h1>").append(esc(doc.title())).append("</h1>\n<p class=\"headline\">").append(esc(doc.headline())).append("</p>\n");
        for (ReportDocument.Section s : doc.sections()) {
            b.append("<section id=\"").append(s.key()).append("\">\n<h2>").append(esc(s.title())).append("</h2>\n");
            if (s.note() != null) {
                b.append("<p>").append(esc(s.note())).append("</p>\n");
            }
            if (s.key().equals("status_per_channel")) {
                statusChart(doc.report(), b);
            }
            if (s.key().equals("days_of_cover")) {
                coverChart(doc.report().reorders(), b);
            }
            if (!s.table().rows().isEmpty()) {
                table(s.table(), b);
            }
            if (s.key().equals("findings")) {
                projections(doc.report(), b);
            }
            b.append("</section>\n");
        }
        b.append("</body>\n</html>\n");
        out.write(b.toString());
    }

    private static void table(Table table, StringBuilder b) {
        b.append("<table>\n<thead><tr>");
        for (String c : table.columns()) {
            b.append("<th>").append(esc(c)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (Object[] row : table.rows()) {
            b.append("<tr>");
            for (Object cell : row) {
                String text = Cells.text(cell);
                String cls = Cells.isNumber(cell) ? "num" : text.equals("error") || text.equals("warning") ? text : null;
                b.append(cls == null ? "<td>" : "<td class=\"" + cls + "\">").append(esc(text)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void statusChart(DailyReport r, StringBuilder b) {
        int barWidth = 600;
        int rowHeight = 28;
        int left = 90;
        int height = r.statusCounts().size() * rowHeight + 40;
        b.append("<svg class=\"chart\" role=\"img\" aria-label=\"SKUs per status and channel\" width=\"").append(left + barWidth + 20)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(left + barWidth + 20).append(' ').append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        int y = 4;
        for (Map.Entry<String, Map<SaleStatus, Long>> e : r.statusCounts().entrySet()) {
            long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            b.append("<text x=\"").append(left - 8).append("\" y=\"").append(y + 17).append("\" text-anchor=\"end\">")
                    .append(esc(e.getKey())).append("</text>\n");
            double x = left;
            for (SaleStatus s : SaleStatus.values()) {
                long n = e.getValue().get(s);
                if (n == 0 || total == 0) {
                    continue;
                }
                double w = barWidth * (double) n / total;
                b.append(String.format(java.util.Locale.ROOT,
                        "<rect class=\"bar\" data-channel=\"%s\" data-status=\"%s\" data-count=\"%d\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"22\" fill=\"%s\"><title>%s %s: %d</title></rect>\n",
                        esc(e.getKey()), s.name(), n, x, y, w, STATUS_COLORS[s.ordinal()], esc(e.getKey()), s.name(), n));
                if (w > 24) {
                    b.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#fff\">%d</text>\n",
                            x + w / 2, y + 16, n));
                }
                x += w;
            }
            y += rowHeight;
        }
        int lx = left;
        for (SaleStatus s : SaleStatus.values()) {
            b.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 6).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(STATUS_COLORS[s.ordinal()]).append("\"/><text x=\"").append(lx + 16).append("\" y=\"").append(y + 17)
                    .append("\">").append(s.name()).append("</text>\n");
            lx += 120;
        }
        b.append("</svg>\n");
    }

    /**
     * A bar per SKU to reorder: its days of cover, with its lead time marked, on one scale; a
     * bar that ends left of its mark runs out before a new order could arrive.
     */
    private static void coverChart(List<Cover> all, StringBuilder b) {
        if (all.isEmpty()) {
            return;
        }
        List<Cover> rows = all.subList(0, Math.min(MAX_CHARTS, all.size()));
        int barWidth = 560;
        int rowHeight = 22;
        int left = 190;
        long scale = 1;
        for (Cover c : rows) {
            scale = Math.max(scale, Math.max(c.leadTimeDays(), c.coverDays() == null ? 0 : c.coverDays()));
        }
        int height = rows.size() * rowHeight + 30;
        b.append("<svg class=\"chart cover\" role=\"img\" aria-label=\"days of cover against lead time\" width=\"")
                .append(left + barWidth + 60).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(left + barWidth + 60).append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        int y = 4;
        for (Cover c : rows) {
            long days = c.coverDays() == null ? 0 : c.coverDays();
            double w = barWidth * (double) days / scale;
            double lead = left + barWidth * (double) c.leadTimeDays() / scale;
            String cls = c.action() == CoverAction.ORDER_NOW ? "now" : "soon";
            b.append("<text x=\"").append(left - 8).append("\" y=\"").append(y + 14).append("\" text-anchor=\"end\">")
                    .append(esc(c.sku())).append("</text>\n");
            b.append(String.format(java.util.Locale.ROOT,
                    "<rect class=\"cover %s\" data-sku=\"%s\" data-cover-days=\"%s\" data-lead-time-days=\"%d\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\"><title>%s: %s days of cover, lead time %d days</title></rect>\n",
                    cls, esc(c.sku()), c.coverDays() == null ? "" : c.coverDays(), c.leadTimeDays(), left, y, w,
                    esc(c.sku()), c.coverDays() == null ? "no" : c.coverDays(), c.leadTimeDays()));
            b.append(String.format(java.util.Locale.ROOT,
                    "<line class=\"lead\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/><text x=\"%.1f\" y=\"%d\" class=\"small\">%s</text>\n",
                    lead, y - 2, lead, y + 18, left + w + 4, y + 13, c.coverDays() == null ? "no sales" : c.coverDays() + " d"));
            y += rowHeight;
        }
        b.append("<text x=\"").append(left).append("\" y=\"").append(y + 14).append("\" class=\"small\">bars: days of cover; "
                + "marks: lead time (scale 0 to ").append(scale).append(" days)</text>\n</svg>\n");
        if (all.size() > MAX_CHARTS) {
            b.append("<p>and ").append(all.size() - MAX_CHARTS).append(" more SKUs to reorder (see the table)</p>\n");
        }
    }

    private static void projections(DailyReport r, StringBuilder b) {
        List<StockProjection> all = r.projections();
        if (all.isEmpty()) {
            return;
        }
        b.append("<h3>Projected stock on hand, next ").append(DailyReport.PROJECTION_DAYS)
                .append(" days (SKUs with a finding)</h3>\n<div class=\"projections\">\n");
        for (StockProjection p : all.subList(0, Math.min(MAX_CHARTS, all.size()))) {
            projection(p, r, b);
        }
        b.append("</div>\n");
        if (all.size() > MAX_CHARTS) {
            b.append("<p>and ").append(all.size() - MAX_CHARTS).append(" more SKUs with a finding (see the findings table)</p>\n");
        }
    }

    private static void projection(StockProjection p, DailyReport r, StringBuilder b) {
        int w = 300;
        int h = 140;
        int padL = 36;
        int padB = 20;
        int padT = 18;
        long min = Math.min(0, p.levels().stream().mapToLong(Long::longValue).min().orElse(0));
        long max = Math.max(1, p.levels().stream().mapToLong(Long::longValue).max().orElse(1));
        double xs = (double) (w - padL - 8) / p.days();
        double ys = (double) (h - padT - padB) / (max - min);
        b.append("<figure class=\"projection\" data-sku=\"").append(esc(p.sku())).append("\">\n<svg role=\"img\" aria-label=\"projected stock of ")
                .append(esc(p.sku())).append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        double zeroY = padT + (max - 0) * ys;
        b.append(String.format(java.util.Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"axis\"/>\n", padL, zeroY, w - 8, zeroY));
        for (int limit : new int[]{r.backorderMaxDays(), r.notifyMeMaxDays()}) {
            if (limit <= p.days()) {
                double x = padL + limit * xs;
                b.append(String.format(java.util.Locale.ROOT,
                        "<line class=\"limit\" data-days=\"%d\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/><text x=\"%.1f\" y=\"%d\" class=\"small\">%d d</text>\n",
                        limit, x, padT, x, h - padB, x + 2, padT + 8, limit));
            }
        }
        StringBuilder points = new StringBuilder();
        for (int d = 0; d <= p.days(); d++) {
            double x = padL + d * xs;
            double y = padT + (max - p.levels().get(d)) * ys;
            if (d > 0) {
                double prevY = padT + (max - p.levels().get(d - 1)) * ys;
                points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, prevY));
            }
            points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        b.append("<polyline class=\"level\" points=\"").append(points.toString().trim()).append("\"/>\n");
        for (StockProjection.Event e : p.events()) {
            double x = padL + e.day() * xs;
            double y = padT + (max - p.levels().get(e.day())) * ys;
            String cls = e.units() > 0 ? "arrival" : "shipment";
            b.append(String.format(java.util.Locale.ROOT, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"><title>day %d: %s (%+d)</title></circle>\n",
                    cls, x, y, e.day(), esc(e.label()), e.units()));
        }
        b.append(String.format(java.util.Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"small\">%d</text>", padL - 4, padT + 4, max));
        b.append(String.format(java.util.Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"small\">0</text>", padL - 4, zeroY + 4));
        b.append(String.format(java.util.Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"small\">today</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"small\">+%d d</text>\n",
                padL, h - 4, w - 8, h - 4, p.days()));
        b.append("</svg>\n<figcaption>").append(esc(p.sku())).append(": today ").append(p.levels().get(0))
                .append(", in ").append(p.days()).append(" days ").append(p.levels().get(p.days())).append("</figcaption>\n</figure>\n");
    }

    /** HTML-escapes text, control characters included, so no cell can inject markup. */
    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (char c : Cells.printable(text).toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; margin: 2em auto; max-width: 1100px; padding: 0 1em; }
            h1 { font-size: 1.6em; margin-bottom: .2em; }
            .headline { font-size: 1.1em; font-weight: 600; }
            .what-if { background: #fff3e0; border-left: 4px solid #ef6c00; padding: 4px 8px; font-weight: 600; }
            h2 { border-bottom: 2px solid #ddd; padding-bottom: .2em; margin-top: 1.8em; }
            table { border-collapse: collapse; margin: .5em 0; }
            th, td { border: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
            th { background: #f4f4f4; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            td.error { color: #fff; background: #c62828; font-weight: 600; }
            td.warning { background: #ffe082; }
            svg text { font-size: 12px; fill: #333; }
            svg text.small { font-size: 10px; fill: #666; }
            .projections { display: flex; flex-wrap: wrap; gap: 12px; }
            figure.projection { margin: 0; border: 1px solid #eee; padding: 4px; }
            figcaption { font-size: 12px; text-align: center; }
            line.axis { stroke: #999; }
            line.limit { stroke: #c62828; stroke-dasharray: 4 3; }
            polyline.level { fill: none; stroke: #1565c0; stroke-width: 2; }
            circle.arrival { fill: #2e7d32; }
            circle.shipment { fill: #777; }
            rect.cover.now { fill: #c62828; }
            rect.cover.soon { fill: #f9a825; }
            line.lead { stroke: #222; stroke-width: 2; }
            """;
}
