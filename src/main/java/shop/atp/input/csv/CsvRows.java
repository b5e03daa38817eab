package shop.atp.input.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import shop.atp.input.InputException;
import shop.atp.input.InputProblem;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

    private static final String NEVER_CLOSED = "a quoted field starts on this line and is never closed (a missing \" ?)";

    private final String file;
    private final TailReader text;
    private final char delimiter;
    private final RowCollector collector = new RowCollector();
    private final CsvReader<CsvRow> reader;
    private final CloseableIterator<CsvRow> records;
    /** The current record; a blank one before the first. */
    private CsvRow row = new CsvRow();
    private String[] header;
    private boolean headerRead;

    private CsvRows(String file, BufferedReader text, char delimiter) {
        this.file = file;
        this.text = new TailReader(text);
        this.delimiter = delimiter;
        this.reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .build(collector, this.text);
        this.records = reader.iterator();
    }

    /**
     * Opens an export. {@code delimiter} null: detected from the header line (the one of
     * {@code , ; tab} that occurs most often outside quotes; a comma when none does).
     */
    public static CsvRows open(String file, InputStream in, Character delimiter) {
        try {
            BufferedReader text = CsvText.open(in);
            return new CsvRows(file, text, delimiter != null ? delimiter : CsvText.detectDelimiter(text));
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
        headerRead = true;
        while (true) {
            if (!next()) {
                return false;
            }
            if (row.count() > 1 || (row.count() == 1 && row.start(0) != row.end(0))) {
                return true;
            }
        }
    }

    private boolean next() {
        if (!hasNext()) {
            return false;
        }
        row = records.next();
        if (row.overlong()) {
            throw problem(row.line(), "a quoted field starts on this line and runs over more than "
                    + MULTILINE_LIMIT + " lines (a missing \" ?)");
        }
        if (row.endsQuoted() && text.atEnd() && !text.endsClosed() && !hasNext()) {
            throw problem(row.line(), NEVER_CLOSED);
        }
        return true;
    }

    /** Whether a record follows; reads it (into the other buffer) when not yet read. */
    private boolean hasNext() {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw problem(collector.lineBeingRead(), whyUnreadable(e));
        } catch (UncheckedIOException e) {
            throw problem(collector.lineBeingRead(), "cannot be read: " + e.getCause().getMessage());
        }
    }

    private static String whyUnreadable(CsvParseException e) {
        String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        if (cause != null && cause.startsWith("Unexpected character after closing quote")) {
            return "text follows the closing quote of a quoted field (a quote inside a quoted field is written \"\")";
        }
        if (cause != null && cause.contains("buffer")) {
            return NEVER_CLOSED;
        }
        return "cannot be read: " + cause;
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

    private InputException problem(long line, String message) {
        return new InputException(new InputProblem(file, Math.toIntExact(line), message));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
