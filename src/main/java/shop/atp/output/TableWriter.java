package shop.atp.output;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Prints a {@link Table} as aligned text for people, RFC 4180 csv/tsv for spreadsheets
 * (header row, CRLF line ends, formula guard unless raw), or a JSON array of objects with
 * numbers as numbers and blanks as null.
 */
public final class TableWriter {

    private final Format format;
    private final boolean raw;
    private final boolean color;

    public TableWriter(Format format, boolean raw) {
        this(format, raw, false);
    }

    /** @param color table format only: status and severity words in colour (for a terminal) */
    public TableWriter(Format format, boolean raw, boolean color) {
        this.format = format;
        this.raw = raw;
        this.color = color;
    }

    public void write(Table table, Writer out) {
        try {
            switch (format) {
                case CSV -> delimited(table, ',', out);
                case TSV -> delimited(table, '\t', out);
                case JSON -> json(table, out);
                default -> aligned(table, out, color);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delimited(Table table, char delimiter, Writer out) throws IOException {
        List<String> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            out.write(quoted(columns.get(i), delimiter));
        }
        out.write("\r\n");
        for (Object[] row : table.rows()) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.write(delimiter);
                }
                String text = Cells.text(row[i]);
                boolean guarded = !raw && !Cells.isNumber(row[i]) && FormulaGuard.isRisky(text);
                writeCell(out, guarded ? "'" : "", text, delimiter);
            }
            out.write("\r\n");
        }
    }

    /** A cell as RFC 4180 writes it: quoted when it holds the delimiter, a quote or a line break. */
    public static String quoted(String text, char delimiter) {
        StringWriter out = new StringWriter(text.length() + 2);
        try {
            writeCell(out, "", text, delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes {@code prefix + text} as one cell, without building the quoted text first (a million rows). */
    private static void writeCell(Writer out, String prefix, String text, char delimiter) throws IOException {
        boolean needs = false;
        for (int i = 0; i < text.length() && !needs; i++) {
            char c = text.charAt(i);
            needs = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        if (!needs) {
            out.write(prefix);
            out.write(text);
            return;
        }
        out.write('"');
        out.write(prefix);
        int from = 0;
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', quote + 1)) {
            out.write(text, from, quote + 1 - from);
            out.write('"');
            from = quote + 1;
        }
        out.write(text, from, text.length() - from);
        out.write('"');
    }

    private static void json(Table table, Writer out) throws IOException {
        jsonArray(table, out, "");
        out.write('\n');
    }

    /** The rows as a JSON array of objects, one object per line, each line after the first indented. */
    static void jsonArray(Table table, Writer out, String indent) throws IOException {
        List<String> columns = table.columns();
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        out.write('[');
        boolean first = true;
        for (Object[] row : table.rows()) {
            out.write(first ? "\n" : ",\n");
            out.write(indent + "  {");
            first = false;
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.write(", ");
                }
                out.write('"');
                out.write(encoder.quoteAsString(columns.get(i)));
                out.write("\": ");
                out.write(jsonValue(row[i], encoder));
            }
            out.write('}');
        }
        out.write(first ? "]" : "\n" + indent + "]");
    }

    static String jsonValue(Object cell, JsonStringEncoder encoder) {
        if (cell == null) {
            return "null";
        }
        if (Cells.isNumber(cell)) {
            return Cells.text(cell);
        }
        return "\"" + new String(encoder.quoteAsString(Cells.text(cell))) + "\"";
    }

    private static void aligned(Table table, Writer out, boolean color) throws IOException {
        List<String> columns = table.columns();
        int[] widths = new int[columns.size()];
        boolean[] numeric = new boolean[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(columns.get(i));
        }
        for (Object[] row : table.rows()) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(Cells.printable(Cells.text(row[i]))));
                numeric[i] |= Cells.isNumber(row[i]);
            }
        }
        line(columns.toArray(), widths, numeric, false, out);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i > 0 ? "  " : "").append("-".repeat(widths[i]));
        }
        out.write(rule.toString());
        out.write('\n');
        for (Object[] row : table.rows()) {
            line(row, widths, numeric, color, out);
        }
    }

    private static void line(Object[] cells, int[] widths, boolean[] numeric, boolean color, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String text = Cells.printable(Cells.text(cells[i]));
            String pad = " ".repeat(widths[i] - width(text));
            if (i > 0) {
                b.append("  ");
            }
            String shown = color ? Colors.paint(text) : text;
            b.append(numeric[i] ? pad + shown : shown + (i == cells.length - 1 ? "" : pad));
        }
        out.write(b.toString().stripTrailing());
        out.write('\n');
    }

    /** Width on a terminal, counted in code points. */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
