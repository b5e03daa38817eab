package shop.atp.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Streams the records of one CSV export with the physical line each began on (header = line
 * 1 when the file starts with it). Detects the delimiter from the header line, skips blank
 * lines, trims cells, and turns every way a file can be unreadable into an
 * {@link InputException} naming the file and line.
 *
 * <p>atp's own RFC 4180 scanner: a million order lines through opencsv cost a String per
 * line and per cell and most of the read time. Here the cells of the current record are
 * ranges of one reusable buffer ({@link #chars}, {@link #start}, {@link #end}), and a String
 * is made only for a value that is kept ({@link #cell}). It splits records exactly as
 * opencsv's CSVReader with RFC4180Parser did (a property test holds it to that): lines end at
 * LF, CR or CRLF as BufferedReader.readLine has them, a line break inside quotes reads as LF,
 * and odd quoting is read as {@link QuotedLine} describes.
 */
public final class CsvRecords implements Closeable {

    /** A quoted field spanning more lines than this is taken for a missing closing quote. */
    static final int MULTILINE_LIMIT = 1000;

    /**
     * How far the delimiter detection may read: the header line must end within the first
     * MiB of text. (opencsv's reader marked the stream for that long; a longer header line
     * failed with "Mark invalid", and still does.)
     */
    private static final int HEADER_READ_AHEAD = 1 << 20;

    /** One record: the physical line it began on and its cells, trimmed. */
    public record Row(int line, String[] cells) {

        /** The index of the first cell holding bytes that were not valid text, or -1. */
        public int undecodableCell() {
            for (int i = 0; i < cells.length; i++) {
                if (cells[i].indexOf(TextDecoding.INVALID) >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final String file;
    private final Reader in;
    private final CellRanges cells = new CellRanges();
    private final char delimiter;
    private char[] buf;
    /** The next char to scan, and the end of the chars read so far. */
    private int pos;
    private int limit;
    /** Chars before this may be dropped when the buffer is refilled: the current record's start. */
    private int recordStart;
    /** The last line ended with CR: an LF right after it belongs to that line break. */
    private boolean skipLf;
    private boolean eof;
    private long linesRead;
    /** While a quoted cell goes on over lines: where it starts and where its text ends so far. */
    private int goesOn = -1;
    private int goesOnEnd;
    /** The line being scanned: its chars, and the start of the first cell holding a quote (-1: none). */
    private int lineStart;
    private int lineEnd;
    private int quotedFrom;
    private int line;
    private boolean undecodable;
    private Row header;

    private CsvRecords(String file, Reader in, Character delimiter, int bufferSize) throws IOException {
        this.file = file;
        this.in = in;
        this.buf = new char[bufferSize];
        this.delimiter = delimiter != null ? delimiter : detectDelimiter();
    }

    /**
     * Opens an export. {@code delimiter} null: detected from the header line (the one of
     * {@code , ; tab} that occurs most often outside quotes; a comma when none does).
     */
    public static CsvRecords open(String file, InputStream in, Character delimiter) {
        return open(file, in, delimiter, 1 << 16);
    }

    /** With a chosen first buffer size: tests use tiny ones to move and grow it often. */
    static CsvRecords open(String file, InputStream in, Character delimiter, int bufferSize) {
        try {
            return new CsvRecords(file, TextDecoding.open(in), delimiter, bufferSize);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file, 0, "cannot be read: " + e.getMessage()));
        }
    }

    /**
     * The records of a file's second half (see {@link FileHalves}): no header, the delimiter
     * of the first half, lines counted on from {@code linesBefore}.
     */
    static CsvRecords continuing(String file, InputStream in, char delimiter, long linesBefore) {
        try {
            CsvRecords records = new CsvRecords(file, TextDecoding.utf8(in), delimiter, 1 << 16);
            records.linesRead = linesBefore;
            return records;
        } catch (IOException e) {
            throw new InputException(new InputProblem(file, 0, "cannot be read: " + e.getMessage()));
        }
    }

    public String file() {
        return file;
    }

    /** The delimiter the records are split at (detected from the header or given). */
    char delimiter() {
        return delimiter;
    }

    /** The header row, or null when the file holds no line at all. */
    public Row header() {
        if (header == null) {
            header = next();
        }
        return header;
    }

    /** The next record that is not a blank line, or null at the end of the file. */
    public Row next() {
        return advance() ? new Row(line, cells()) : null;
    }

    /**
     * Moves to the next record that is not a blank line; false at the end of the file. Its
     * cells are then read with {@link #start}, {@link #end} and {@link #cell}.
     */
    public boolean advance() {
        while (true) {
            int first = (int) linesRead + 1;
            try {
                if (!readRecord(first)) {
                    return false;
                }
            } catch (IOException e) {
                throw problem(first, "cannot be read: " + e.getMessage());
            }
            strip();
            if (cells.count != 1 || cells.starts[0] != cells.ends[0]) {
                line = first;
                return true;
            }
        }
    }

    /** The physical line the current record began on. */
    public int line() {
        return line;
    }

    /** How many cells the current record has. */
    public int size() {
        return cells.count;
    }

    /** The buffer holding the current record's cells; valid until the next {@link #advance}. */
    public char[] chars() {
        return buf;
    }

    public int start(int cell) {
        return cells.starts[cell];
    }

    public int end(int cell) {
        return cells.ends[cell];
    }

    public boolean isEmpty(int cell) {
        return cells.starts[cell] == cells.ends[cell];
    }

    public String cell(int cell) {
        return new String(buf, cells.starts[cell], cells.ends[cell] - cells.starts[cell]);
    }

    /** All cells of the current record as text: for the header and for a rejected row. */
    public String[] cells() {
        String[] text = new String[cells.count];
        for (int i = 0; i < text.length; i++) {
            text[i] = cell(i);
        }
        return text;
    }

    /** The index of the first cell of the current record holding bytes that were not valid text, or -1. */
    public int undecodableCell() {
        if (!undecodable) {
            return -1;
        }
        for (int i = 0; i < cells.count; i++) {
            for (int j = cells.starts[i]; j < cells.ends[i]; j++) {
                if (buf[j] == TextDecoding.INVALID) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Reads the lines of one record into {@link #cells}; false when the text has ended. A
     * quoted cell that is still open at the end of a line goes on with the next line.
     */
    private boolean readRecord(int first) throws IOException {
        recordStart = pos;
        cells.clear();
        undecodable = false;
        goesOn = -1;
        for (int lines = 1; ; lines++) {
            if (!readLine(goesOn < 0)) {
                if (goesOn >= 0) {
                    throw problem(first, "a quoted field starts on this line and is never closed (a missing \" ?)");
                }
                return false;
            }
            if (lines > MULTILINE_LIMIT) {
                throw problem(first, "a quoted field starts on this line and runs over more than " + MULTILINE_LIMIT
                        + " lines (a missing \" ?)");
            }
            if (goesOn >= 0) {
                joinToOpenCell();
            }
            if (quotedFrom < 0 || !QuotedLine.split(buf, quotedFrom, lineEnd, delimiter, cells)) {
                return true;
            }
            goesOn = cells.starts[cells.count - 1];
            goesOnEnd = cells.ends[cells.count - 1];
            cells.removeLast();
        }
    }

    /**
     * The open quoted cell, a line break, and the line just read become one line, as opencsv
     * joined them (a delimiter that ended the line after the open cell is dropped): in place,
     * the line moved up to close the gap.
     */
    private void joinToOpenCell() {
        buf[goesOnEnd] = '\n';
        int length = lineEnd - lineStart;
        System.arraycopy(buf, lineStart, buf, goesOnEnd + 1, length);
        lineStart = goesOn;
        lineEnd = goesOnEnd + 1 + length;
        quotedFrom = goesOn;
    }

    /**
     * Reads the next physical line: up to LF, CR or CRLF, or the end of the text; false when
     * there is none. With {@code split}, cuts it into cells at the delimiter up to the first
     * cell that holds a quote, whose start goes to {@link #quotedFrom} (the rest is
     * {@link QuotedLine}'s work).
     */
    private boolean readLine(boolean split) throws IOException {
        if (!hasCharAt(pos)) {
            return false;
        }
        if (skipLf) {
            skipLf = false;
            if (buf[pos] == '\n' && !hasCharAt(++pos)) {
                return false;
            }
        }
        linesRead++;
        int i = pos;
        int start = i;
        int cellStart = i;
        int quoted = -1;
        char[] b = buf;
        int end = limit;
        char sep = delimiter;
        // the delimiter, quote and line breaks all lie below this: most chars are passed with one compare
        char plain = (char) (Math.max(sep, '"') + 1);
        while (true) {
            while (i < end && b[i] >= plain && b[i] < TextDecoding.INVALID) {
                i++;
            }
            if (i == end) {
                int moved = fill();
                i -= moved;
                start -= moved;
                cellStart -= moved;
                quoted -= quoted >= 0 ? moved : 0;
                b = buf;
                end = limit;
                if (i == end) {
                    pos = i;
                    break;
                }
            }
            char c = b[i];
            if (c > TextDecoding.INVALID) {
                i++;
                continue;
            }
            if (c == sep) {
                if (split && quoted < 0) {
                    cells.add(cellStart, i);
                    cellStart = i + 1;
                }
            } else if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                pos = i + 1;
                break;
            } else if (c == '"') {
                if (quoted < 0) {
                    quoted = cellStart;
                }
            } else if (c == TextDecoding.INVALID) {
                undecodable = true;
            }
            i++;
        }
        lineStart = start;
        lineEnd = i;
        if (split && quoted < 0) {
            cells.add(cellStart, i);
        }
        quotedFrom = split ? quoted : -1;
        return true;
    }

    /** True when the buffer holds a char at {@code index}, reading more text if needed (which may move it). */
    private boolean hasCharAt(int index) throws IOException {
        return index < limit || (index - fill() < limit);
    }

    /**
     * Reads more text after {@link #limit}. When the buffer is full, first moves the current
     * record to its front (into a buffer twice as large when the record fills more than half
     * of it); returns how many places the chars moved to the front, 0 when they did not move.
     */
    private int fill() throws IOException {
        if (eof) {
            return 0;
        }
        int moved = 0;
        if (limit == buf.length) {
            moved = recordStart;
            int kept = limit - recordStart;
            char[] target = kept * 2 > buf.length ? new char[buf.length * 2] : buf;
            System.arraycopy(buf, recordStart, target, 0, kept);
            buf = target;
            recordStart = 0;
            pos -= moved;
            limit = kept;
            goesOn -= goesOn >= 0 ? moved : 0;
            goesOnEnd -= moved;
            cells.moved(moved);
        }
        int n;
        do {
            n = in.read(buf, limit, buf.length - limit);
        } while (n == 0);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
        return moved;
    }

    /** Trims every cell as String.strip does. */
    private void strip() {
        char[] b = buf;
        for (int i = 0; i < cells.count; i++) {
            int start = cells.starts[i];
            int end = cells.ends[i];
            while (start < end && isWhitespace(b[start])) {
                start++;
            }
            while (end > start && isWhitespace(b[end - 1])) {
                end--;
            }
            cells.starts[i] = start;
            cells.ends[i] = end;
        }
    }

    /** Character.isWhitespace, asked only for the chars that may be: most cells start and end with a letter or digit. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 0x80) && Character.isWhitespace(c);
    }

    /**
     * The delimiter that occurs most often outside quotes in the first line that is not
     * blank. Reads ahead without consuming: the records start at the beginning again.
     */
    private char detectDelimiter() throws IOException {
        int i = 0;
        boolean afterCr = false;
        while (true) {
            if (!headerHasCharAt(i)) {
                return ',';
            }
            if (afterCr && buf[i] == '\n' && !headerHasCharAt(++i)) {
                return ',';
            }
            int start = i;
            boolean blank = true;
            while (headerHasCharAt(i) && buf[i] != '\n' && buf[i] != '\r') {
                blank &= Character.isWhitespace(buf[i]);
                i++;
            }
            if (!blank) {
                return mostFrequentDelimiter(start, i);
            }
            if (i == limit) {
                return ',';
            }
            afterCr = buf[i] == '\r';
            i++;
        }
    }

    private boolean headerHasCharAt(int index) throws IOException {
        if (index >= HEADER_READ_AHEAD) {
            throw new IOException("Mark invalid");
        }
        return hasCharAt(index);
    }

    private char mostFrequentDelimiter(int start, int end) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = start; i < end; i++) {
            char c = buf[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private InputException problem(int line, String message) {
        return new InputException(new InputProblem(file, line, message));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
