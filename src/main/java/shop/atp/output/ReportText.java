package shop.atp.output;

import shop.atp.domain.Cover;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * The report as plain text for a mail client: no line over 100 columns. Wide tables keep their
 * columns; a cell too wide for the page is cut with '…', and findings are listed one per
 * block with the message wrapped.
 */
public final class ReportText {

    public static final int WIDTH = 100;
    private static final int MAX_CELL = 36;

    private ReportText() {
    }

    public static void write(ReportDocument doc, Writer out) throws IOException {
        out.write(doc.title() + "\n" + "=".repeat(doc.title().length()) + "\n" + doc.headline() + "\n");
        for (ReportDocument.Section s : doc.sections()) {
            out.write("\n" + s.title() + "\n" + "-".repeat(s.title().length()) + "\n");
            if (s.note() != null) {
                for (String line : wrap(Cells.printable(s.note()), WIDTH)) {
                    out.write(line + "\n");
                }
            }
            if (s.table().rows().isEmpty()) {
                continue;
            }
            if (s.key().equals("findings")) {
                findings(s.table(), out);
            } else if (s.key().equals("days_of_cover")) {
                reorders(doc.report().reorders(), out);
            } else if (s.key().equals("preorders")) {
                out.write(Summaries.preorderTrackers(doc.report().preorders()));
            } else {
                out.write(narrow(s.table()));
            }
        }
    }

    private static void findings(Table table, Writer out) throws IOException {
        for (Object[] row : table.rows()) {
            String head = String.format(java.util.Locale.ROOT, "%-8s %s %s%s", row[0], row[1], row[2], Cells.text(row[3]).isEmpty() ? "" : " " + row[3]);
            out.write(Cells.printable(head) + "\n");
            for (String line : wrap(Cells.printable(Cells.text(row[4])), WIDTH - 4)) {
                out.write("    " + line + "\n");
            }
        }
    }

    /** A line per SKU to reorder, its figures on an indented line: the cover table is too wide for mail. */
    private static void reorders(List<Cover> rows, Writer out) throws IOException {
        for (Cover c : rows) {
            out.write(Cells.printable(String.format(java.util.Locale.ROOT, "%-10s %s: order %d", c.action(), c.sku(), c.suggestedOrder())) + "\n");
            List<String> phrases = new java.util.ArrayList<>(List.of("class " + c.coverClass(),
                    c.velocity().toPlainString() + " a day",
                    c.coverDays() == null ? "no sales in the window" : c.coverDays() + " days of cover"
                            + (c.stockoutDate() == null ? "" : " (stock-out " + c.stockoutDate() + ")"),
                    "lead time " + c.leadTimeDays() + " days", "reorder point " + c.reorderPoint(),
                    "free " + c.freeOnHand(), "incoming " + c.freeIncoming()));
            if (c.shortUnits() > 0) {
                phrases.add("short " + c.shortUnits());
            }
            for (String line : wrapPhrases(phrases, WIDTH - 4)) {
                out.write("    " + line + "\n");
            }
        }
    }

    /** Phrases joined with ", ", a line broken only between phrases. */
    private static List<String> wrapPhrases(List<String> phrases, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i) + (i < phrases.size() - 1 ? "," : "");
            if (line.length() > 0 && line.length() + 1 + phrase.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(phrase);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String narrow(Table table) {
        List<Object[]> rows = new java.util.ArrayList<>();
        for (Object[] row : table.rows()) {
            Object[] cut = row.clone();
            for (int i = 0; i < cut.length; i++) {
                if (cut[i] instanceof String text && TableWriter.width(text) > MAX_CELL) {
                    cut[i] = text.substring(0, text.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
                }
            }
            rows.add(cut);
        }
        StringWriter w = new StringWriter();
        new TableWriter(Format.TABLE, false).write(Table.ofRows(table.columns(), rows), w);
        return w.toString();
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
