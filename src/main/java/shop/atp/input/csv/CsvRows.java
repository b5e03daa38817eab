package shop.atp.input.csv;

import shop.atp.input.InputException;
import shop.atp.input.InputProblem;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams the records of one CSV export, split by FastCSV, with the physical line each
 * began on (header = line 1 when the file starts with it): atp's reading rules are RFC 4180
 * plus the choices in the README ("How records are split"). Skips blank lines, trims cells,
 * and turns every way a file can be unreadable into an {@link InputException} naming the
 * file and line.
 *
 * <p>The cells of the current record are ranges of one reusable buffer ({@link #chars},
 * {@link #start}, {@link #end}); a String is made only for a value that is kept
 * ({@link #cell}).
 */
public final class CsvRows implements Closeable {

    /** A quoted field spanning more lines than this is taken for a missing closing quote. */
    public static final int MULTILINE_LIMIT = 1000;

    private final String file;
    private final char delimiter;
    private Records records;
    private final boolean inBackground;
    /** The current record; a blank one before the first. */
    private CsvRow row = new CsvRow();
    private String[] header;
    private boolean headerRead;

    private CsvRows(String file, BufferedReader text, char delimiter, boolean inBackground) {
        this.file = file;
        this.delimiter = delimiter;
        this.records = new FastCsvRecords(file, text, delimiter);
        this.inBackground = inBackground;
    }

    /**
     * Opens an export. {@code delimiter} null: detected from the header line (the one of
     * {@code , ; tab} that occurs most often outside quotes; a comma when none does).
     */
    public static CsvRows open(String file, InputStream in, Character delimiter) {
        return open(file, in, delimiter, false);
    }

    /**
     * The same; with {@code inBackground} the records after the header are split on another
     * core while this one reads them (for large files: bench/README "Reading on two cores").
     */
    public static CsvRows open(String file, InputStream in, Character delimiter, boolean inBackground) {
        try {
            BufferedReader text = CsvText.open(in);
            char separator = delimiter != null ? delimiter : CsvText.detectDelimiter(text);
            return new CsvRows(file, text, separator, inBackground);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file, 0, "cannot be read: " + e.getMessage()));
        }
    }

    public String file() {
        return file;
    }

    /** The delimiter the records are split at (detected from the header or given). */
    public char delimiter() {
        return delimiter;
    }

    /** The header's cells, or null when the file holds no line at all; call before {@link #advance}. */
    public String[] header() {
        if (!headerRead) {
            headerRead = true;
            header = advance() ? cells() : null;
        }
        return header;
    }

    /**
     * Moves to the next record that is not a blank line; false at the end of the file. Its
     * cells are then read with {@link #start}, {@link #end} and {@link #cell}.
     */
    public boolean advance() {
        if (headerRead && inBackground && !(records instanceof BackgroundRecords)) {
            records = new BackgroundRecords(file, records);
        }
        headerRead = true;
        CsvRow next = records.next();
        if (next == null) {
            return false;
        }
        row = next;
        return true;
    }

    /** The physical line the current record began on. */
    public int line() {
        return Math.toIntExact(row.line());
    }

    /** How many cells the current record has. */
    public int size() {
        return row.count();
    }

    /** The buffer holding the current record's cells; valid until the next {@link #advance}. */
    public char[] chars() {
        return row.chars();
    }

    public int start(int cell) {
        return row.start(cell);
    }

    public int end(int cell) {
        return row.end(cell);
    }

    public boolean isEmpty(int cell) {
        return row.start(cell) == row.end(cell);
    }

    public String cell(int cell) {
        return new String(row.chars(), row.start(cell), row.end(cell) - row.start(cell));
    }

    /** All cells of the current record as text: for the header and for a rejected row. */
    public String[] cells() {
        String[] cells = new String[row.count()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cell(i);
        }
        return cells;
    }

    /** The index of the first cell of the current record holding bytes that were not valid text, or -1. */
    public int undecodableCell() {
        if (!row.undecodable()) {
            return -1;
        }
        char[] b = row.chars();
        for (int i = 0; i < row.count(); i++) {
            for (int j = row.start(i); j < row.end(i); j++) {
                if (b[j] == CsvText.INVALID) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
