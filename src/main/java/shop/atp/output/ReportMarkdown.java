package shop.atp.output;

import java.io.IOException;
import java.io.Writer;

/** The report as Markdown: a heading per section and pipe tables, for a wiki or a chat. */
public final class ReportMarkdown {

    private ReportMarkdown() {
    }

    public static void write(ReportDocument doc, Writer out) throws IOException {
        out.write("# " + doc.title() + "\n\n**" + doc.headline() + "**\n");
        for (ReportDocument.Section s : doc.sections()) {
            out.write("\n## " + s.title() + "\n\n");
            if (s.note() != null) {
                out.write(escape(s.note()) + "\n\n");
            }
            if (!s.table().rows().isEmpty()) {
                table(s.table(), out);
            }
        }
    }

    private static void table(Table table, Writer out) throws IOException {
        out.write("| " + String.join(" | ", table.columns()) + " |\n|");
        for (int i = 0; i < table.columns().size(); i++) {
            out.write(" --- |");
        }
        out.write("\n");
        for (Object[] row : table.rows()) {
            StringBuilder b = new StringBuilder("|");
            for (Object cell : row) {
                b.append(' ').append(escape(Cells.printable(Cells.text(cell)))).append(" |");
            }
            out.write(b.append('\n').toString());
        }
    }

    /** Characters Markdown would read as markup are escaped, so a SKU or title cannot inject any. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]<>()#+!|".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
