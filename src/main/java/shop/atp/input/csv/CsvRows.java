package shop.atp.input.csv;

import shop.atp.input.InputException;
import shop.atp.input.InputProblem;

import java.io.PushbackReader;
import java.io.Reader;
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
 * <p>The cells of the current record ({@link #current}) are ranges of one reusable buffer;
 * a String is made only for a value that is kept.
 */
public final class CsvRows implements Closeable {

    /** A quoted field spanning more lines than this is taken for a missing closing quote. */
    public static final int MULTILINE_LIMIT = 1000;

    private final FastCsvRecords records;
    /** The current record; a blank one before the first. */
    private CsvRow row = new CsvRow();
    private String[] header;
    private boolean headerRead;

    private final char delimiter;

    private CsvRows(String file, Reader text, char delimiter, Quoting quoting, long linesBefore) {
        this.delimiter = delimiter;
        this.records = new FastCsvRecords(file, text, delimiter, quoting, linesBefore);
    }

    /**
     * Opens an export. {@code delimiter} null: detected from the header line (the one of
     * {@code , ; tab} that occurs most often outside quotes; a comma when none does).
     */
    public static CsvRows open(String file, InputStream in, Character delimiter) {
        return open(file, in, delimiter, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** As {@link #open(String, InputStream, Character)}, text without a byte order mark read as {@code charset}. */
    public static CsvRows open(String file, InputStream in, Character delimiter, java.nio.charset.Charset charset) {
        return open(file, in, delimiter, charset, Quoting.RFC4180);
    }

    /**
     * As {@link #open(String, InputStream, Character, java.nio.charset.Charset)}, with or
     * without quoted fields (the delimiter is still detected as if quotes were quotes: a
     * header holds none).
     */
    public static CsvRows open(String file, InputStream in, Character delimiter, java.nio.charset.Charset charset,
                               Quoting quoting) {
        try {
            PushbackReader text = CsvText.open(in, charset);
            return new CsvRows(file, text, delimiter != null ? delimiter : CsvText.detectDelimiter(text), quoting, 0);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file, 0, "cannot be read: " + shop.atp.input.FileRefusal.reason(e)));
        }
    }

    /**
     * The records of the rest of a file cut at a line break: no header, the delimiter of its
     * first part, physical lines counted on from {@code linesBefore}.
     */
    public static CsvRows continuing(String file, InputStream in, char delimiter, long linesBefore) {
        return new CsvRows(file, CsvText.utf8(in), delimiter, Quoting.RFC4180, linesBefore);
    }

    /** The delimiter the records are split at (detected from the header or given). */
    public char delimiter() {
        return delimiter;
    }

    /**
     * The header's cells, or null when the file holds no line at all; call before {@link #advance}.
     * Lines of nothing but delimiters before it are passed over like blank lines (eBay's
     * report starts with one).
     */
    public String[] header() {
        if (!headerRead) {
            headerRead = true;
            boolean found = advance();
            while (found && allEmpty(row)) {
                found = advance();
            }
            header = found ? row.cells() : null;
        }
        return header;
    }

    private static boolean allEmpty(CsvRow record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.isEmpty(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Moves to the next record that is not a blank line; false at the end of the file. The
     * record is then {@link #current}.
     */
    public boolean advance() {
        headerRead = true;
        CsvRow next = records.next();
        if (next == null) {
            return false;
        }
        row = next;
        return true;
    }

    /** The current record; valid until the next {@link #advance}. */
    public CsvRow current() {
        return row;
    }

    /** The physical line the current record began on. */
    public int line() {
        return row.line();
    }

    /** All cells of the current record as text. */
    public String[] cells() {
        return row.cells();
    }

    /** The index of the first cell of the current record holding bytes that were not valid text, or -1. */
    public int undecodableCell() {
        return row.undecodableCell();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
