package shop.atp.cli;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's structure and numbers, checked against the other commands, without a browser. */
class ReportTest {

    private static CliRun report(String format) {
        return CliRun.run("report", "--data", "examples", "--as-of", "2026-11-24", "--format", format);
    }

    /**
     * A promise already past (a preorder whose release and ship-after days are behind the as-of
     * date) ships today in the chart, not on a day before it (HARDENING C3: exit 70).
     */
    @Test
    void aPromiseAlreadyPastShipsTodayInTheChart() {
        CliRun late = CliRun.run("report", "--data", "examples", "--as-of", "2027-06-01", "--format", "html");
        assertThat(late.err()).doesNotContain("internal error");
        assertThat(late.exit()).isBetween(0, 1);
        // its 40 units of planned production arrive (release date past: today) and its 34 preorders ship
        assertThat(late.out()).contains("data-sku=\"HOODIE-AURORA-LTD\"", "<figcaption>HOODIE-AURORA-LTD: today 6, in 30 days 6");
    }

    @Test
    void htmlIsSelfContainedAndItsBarsCountThePolicyRows() {
        String html = report("html").out();
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<link").doesNotContain("src=")
                .doesNotContain("url(");
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://").doesNotContain("https://");

        Map<String, Integer> fromPolicy = new HashMap<>();
        String csv = CliRun.run("policy", "--data", "examples", "--as-of", "2026-11-24", "--format", "csv").out();
        for (String line : csv.split("\r\n")) {
            String[] cells = line.split(",");
            if (!cells[0].equals("sku")) {
                fromPolicy.merge(cells[1] + " " + cells[2], 1, Integer::sum);
            }
        }
        Map<String, Integer> fromBars = new HashMap<>();
        Matcher bar = Pattern.compile("data-channel=\"([^\"]+)\" data-status=\"([A-Z_]+)\" data-count=\"(\\d+)\"").matcher(html);
        while (bar.find()) {
            fromBars.put(bar.group(1) + " " + bar.group(2), Integer.parseInt(bar.group(3)));
        }
        assertThat(fromBars).isEqualTo(fromPolicy);
    }

    @Test
    void htmlChartsEverySkuWithAFindingAndMarksTheLimits() {
        String html = report("html").out();
        String check = CliRun.run("check", "--data", "examples", "--as-of", "2026-11-24", "--format", "csv").out();
        long skusWithFindings = check.lines().skip(1).map(l -> l.split(",")[2]).filter(s -> !s.isEmpty()).distinct().count();
        assertThat(count(html, "<figure class=\"projection\"")).isEqualTo(skusWithFindings);
        assertThat(count(html, "class=\"limit\" data-days=\"14\"")).isEqualTo(skusWithFindings);
        assertThat(count(html, "class=\"limit\" data-days=\"21\"")).isEqualTo(skusWithFindings);
        assertThat(html).contains("<figcaption>CREWNECK-OAT-S: today 0, in 30 days 27</figcaption>");
    }

    @Test
    void daysOfCoverListsTheSkusToOrderNowOrSoonAndTheHtmlBarsMarkTheirLeadTime() {
        String cover = CliRun.run("cover", "--data", "examples", "--as-of", "2026-11-24", "--format", "csv").out();
        java.util.List<String> toOrder = cover.lines().skip(1).filter(l -> l.endsWith(",ORDER_NOW") || l.endsWith(",ORDER_SOON"))
                .map(l -> l.split(",")[0]).toList();
        assertThat(toOrder).hasSize(9);
        String json = report("json").out();
        String section = json.substring(json.indexOf("\"days_of_cover\""));
        assertThat(count(section, "\"action\": \"ORDER_")).isEqualTo(toOrder.size());
        assertThat(count(section, "\"action\": \"OK\"")).isZero();

        String html = report("html").out();
        Matcher bar = Pattern.compile("<rect class=\"cover (now|soon)\" data-sku=\"([^\"]+)\" data-cover-days=\"(\\d*)\" "
                + "data-lead-time-days=\"(\\d+)\"").matcher(html);
        java.util.List<String> barred = new java.util.ArrayList<>();
        while (bar.find()) {
            barred.add(bar.group(2));
        }
        assertThat(barred).isEqualTo(toOrder);
        assertThat(html).contains("data-sku=\"MUG-TRAVEL-SAGE\" data-cover-days=\"17\" data-lead-time-days=\"45\"");
        assertThat(count(html, "<line class=\"lead\"")).isEqualTo(toOrder.size());
    }

    @Test
    void textReportFitsA100ColumnMailAndNamesEverySection() {
        String text = report("table").out();
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(100));
        assertThat(text).startsWith("atp morning report, 2026-11-24\n")
                .contains("7 errors, 13 warnings; 2 oversold SKUs, 2 late PO lines")
                .contains("Inputs read", "Status per channel", "Findings", "Late purchase orders", "Preorders", "Oversold SKUs", "Open orders", "Policy health", "Days of cover")
                .contains("ORDER_NOW  MUG-TRAVEL-SAGE: order 26\n    class A, 0.46 a day, 17 days of cover (stock-out 2026-12-11), "
                        + "lead time 45 days,\n    reorder point 28, free 8, incoming 0\n");
    }

    @Test
    void markdownAndJsonCarryTheSameCounts() {
        assertThat(report("markdown").out()).startsWith("# atp morning report, 2026-11-24")
                .contains("| dtc | 24 | 4 | 2 | 2 | 7 |");
        assertThat(report("json").out()).contains("\"errors\": 7,", "\"warnings\": 13,",
                "{\"channel\": \"dtc\", \"IN_STOCK\": 24, \"BACKORDER\": 4, \"PREORDER\": 2, \"NOTIFY_ME\": 2, \"OUT_OF_STOCK\": 7}");
    }

    @Test
    void markupInTheDataIsEscaped() {
        assertThat(shop.atp.output.ReportHtmlAccess.esc("<b onload=\"x\">&'")).isEqualTo("&lt;b onload=&quot;x&quot;&gt;&amp;&#39;");
    }

    private static long count(String text, String needle) {
        return Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
    }
}
