package shop.atp.output;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Prints a {@link Table} as aligned text for people, RFC 4180 csv/tsv for spreadsheets
 * (header row, CRLF line ends, formula guard unless raw), or a JSON array of objects with
 * numbers as numbers, an absent value as null and empty text as "".
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

    /** Rows per block: a block is made into one piece of text on one core. */
    private static final int BLOCK = 2048;
    /** Blocks made at once before they are written, so the text held stays a few MB. */
    private static final int BLOCKS_AT_ONCE = 16;

    /**
     * The header row, then the rows in blocks made on every core and written in order:
     * formatting 400 k rows of `check` is a large share of a run on one core (bench/README,
     * "Writing").
     */
    private void delimited(Table table, char delimiter, Writer out) throws IOException {
        StringBuilder header = new StringBuilder();
        List<String> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                header.append(delimiter);
            }
            writeCell(header, "", columns.get(i), delimiter);
        }
        out.write(header.append("\r\n").toString());
        List<Object[]> rows = table.rows();
        int blocks = (rows.size() + BLOCK - 1) / BLOCK;
        for (int first = 0; first < blocks; first += BLOCKS_AT_ONCE) {
            String[] text = IntStream.range(first, Math.min(blocks, first + BLOCKS_AT_ONCE)).parallel()
                    .mapToObj(b -> block(rows.subList(b * BLOCK, Math.min(rows.size(), (b + 1) * BLOCK)), delimiter,
                            columns.size()))
                    .toArray(String[]::new);
            for (String block : text) {
                out.write(block);
            }
        }
    }

    private String block(List<Object[]> rows, char delimiter, int columns) {
        StringBuilder text = new StringBuilder(rows.size() * 128);
        // per column, the last text cell that needed neither quotes nor a guard: the same
        // String again (a state, a channel, "on-hand") is written without looking at its chars
        // (bench/README, "Writing")
        String[] plainBefore = new String[columns];
        for (Object[] cells : rows) {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    text.append(delimiter);
                }
                Object cell = cells[i];
                if (writtenAsDigits(text, cell)) {
                    continue;
                }
                if (cell != null && i < columns && cell == plainBefore[i]) {
                    text.append((String) cell);
                    continue;
                }
                String cellText = Cells.text(cell);
                boolean guarded = !raw && !Cells.isNumber(cell) && FormulaGuard.isRisky(cellText);
                boolean quoted = writeCell(text, guarded ? "'" : "", cellText, delimiter);
                if (!quoted && !guarded && cell instanceof String plain && i < columns) {
                    plainBefore[i] = plain;
                }
            }
            text.append("\r\n");
        }
        return text.toString();
    }

    /**
     * Whole numbers, dates and timestamps of four-digit years, appended as they are: digits,
     * signs and ISO's separators, nothing to quote or guard, and no String made for them.
     * False (nothing appended) for any other cell.
     */
    private static boolean writtenAsDigits(StringBuilder text, Object cell) {
        if (cell instanceof Long || cell instanceof Integer) {
            text.append(((Number) cell).longValue());
            return true;
        }
        if (cell instanceof LocalDate date) {
            return IsoText.appendDate(text, date);
        }
        return cell instanceof Timestamp at && at.appendTo(text);
    }

    /** A cell as RFC 4180 writes it: quoted when it holds the delimiter, a quote, a line break or a ';'. */
    public static String quoted(String text, char delimiter) {
        StringBuilder b = new StringBuilder(text.length() + 2);
        writeCell(b, "", text, delimiter);
        return b.toString();
    }

    /** Appends {@code prefix + text} as one cell, quotes doubled on the way; true when it had to be quoted. */
    private static boolean writeCell(StringBuilder out, String prefix, String text, char delimiter) {
        boolean needs = false;
        for (int i = 0; i < text.length() && !needs; i++) {
            char c = text.charAt(i);
            // ';' too: a spreadsheet in a locale whose list separator it is splits there, and
            // what follows could be a formula
            needs = c == delimiter || c == '"' || c == '\n' || c == '\r' || c == ';';
        }
        if (!needs) {
            out.append(prefix).append(text);
            return false;
        }
        out.append('"').append(prefix);
        int from = 0;
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', quote + 1)) {
            out.append(text, from, quote + 1).append('"');
            from = quote + 1;
        }
        out.append(text, from, text.length()).append('"');
        return true;
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
