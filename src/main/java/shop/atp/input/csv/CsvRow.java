package shop.atp.input.csv;

import java.util.Arrays;

/**
 * One record as FastCSV handed it over: its cells, trimmed, as ranges of one reusable
 * buffer, and the physical line it began on. A line break inside a quoted cell is kept as
 * LF, whether the file wrote CRLF, CR or LF. Notes bytes that were not text (U+FFFD) and a
 * quoted cell that runs over too many lines.
 */
public final class CsvRow {

    private char[] chars = new char[1024];
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int count;
    private int length;
    private long line;
    private boolean undecodable;
    /** A quoted cell runs over more than {@link CsvRows#MULTILINE_LIMIT} lines. */
    private boolean overlong;

    void begin(long startingLine) {
        line = startingLine;
        count = 0;
        length = 0;
        undecodable = false;
        overlong = false;
    }

    void clear() {
        count = 0;
    }

    /** The last cell ends with the mark put after the text: a quoted field the text ended inside, or the mark alone. */
    boolean endsWithEndMark() {
        return count > 0 && ends[count - 1] > starts[count - 1] && chars[ends[count - 1] - 1] == EndMarkReader.END;
    }

    /** The record of the mark put after the text, alone. */
    boolean isEndMark() {
        return count == 1 && ends[0] - starts[0] == 1 && chars[starts[0]] == EndMarkReader.END;
    }

    /** No cells, or one empty cell: a blank line. */
    boolean isBlank() {
        return count == 0 || (count == 1 && starts[0] == ends[0]);
    }

    void add(char[] buf, int offset, int len, boolean quoted) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        if (length + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + len));
        }
        int start = length;
        if (quoted) {
            copyQuoted(buf, offset, offset + len);
        } else {
            copyPlain(buf, offset, offset + len);
        }
        while (start < length && isWhitespace(chars[start])) {
            start++;
        }
        while (length > start && isWhitespace(chars[length - 1])) {
            length--;
        }
        starts[count] = start;
        ends[count++] = length;
    }

    private void copyPlain(char[] buf, int from, int to) {
        char[] b = chars;
        int at = length;
        boolean invalid = false;
        for (int i = from; i < to; i++) {
            char c = buf[i];
            invalid |= c == CsvText.INVALID;
            b[at++] = c;
        }
        undecodable |= invalid;
        length = at;
    }

    /** Line breaks become LF, and are counted against the limit on lines. */
    private void copyQuoted(char[] buf, int from, int to) {
        char[] b = chars;
        int at = length;
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = buf[i];
            if (c == '\r') {
                c = '\n';
                if (i + 1 < to && buf[i + 1] == '\n') {
                    i++;
                }
            }
            breaks += c == '\n' ? 1 : 0;
            undecodable |= c == CsvText.INVALID;
            b[at++] = c;
        }
        length = at;
        overlong |= breaks >= CsvRows.MULTILINE_LIMIT;
    }

    /** Character.isWhitespace, asked only for the chars that may be: most cells start and end with a letter or digit. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 0x80) && Character.isWhitespace(c);
    }

    /**
     * Starts this row afresh as a record that began on {@code line}, for {@link #addCopy} and
     * {@link #addText}: the row a platform's format makes of an export's record, in atp's columns.
     */
    public void startMade(long startingLine) {
        begin(startingLine);
    }

    /** Adds cell {@code cell} of {@code from} as it is (already trimmed), without making a String of it. */
    public void addCopy(CsvRow from, int cell) {
        if (cell < 0 || cell >= from.count) {
            addText("");
            return;
        }
        add(from.chars, from.starts[cell], from.ends[cell] - from.starts[cell], false);
    }

    public void addText(String text) {
        char[] c = text.toCharArray();
        add(c, 0, c.length, false);
    }

    /** The physical line the record began on. */
    public int line() {
        return Math.toIntExact(line);
    }

    /** How many cells the record has. */
    public int size() {
        return count;
    }

    /** The buffer holding the record's cells. */
    public char[] chars() {
        return chars;
    }

    public int start(int cell) {
        return starts[cell];
    }

    public int end(int cell) {
        return ends[cell];
    }

    /** Leaves a cell's first char out of it (a mark an exporter put before the cell's text). */
    public void dropFirstChar(int cell) {
        if (starts[cell] < ends[cell]) {
            starts[cell]++;
        }
    }

    public boolean isEmpty(int cell) {
        return starts[cell] == ends[cell];
    }

    public String cell(int cell) {
        return new String(chars, starts[cell], ends[cell] - starts[cell]);
    }

    /** All cells as text: for the header and for a rejected row. */
    public String[] cells() {
        String[] cells = new String[count];
        for (int i = 0; i < count; i++) {
            cells[i] = cell(i);
        }
        return cells;
    }

    /** The index of the first cell holding bytes that were not valid text, or -1. */
    public int undecodableCell() {
        if (!undecodable) {
            return -1;
        }
        for (int i = 0; i < count; i++) {
            for (int j = starts[i]; j < ends[i]; j++) {
                if (chars[j] == CsvText.INVALID) {
                    return i;
                }
            }
        }
        return -1;
    }

    boolean overlong() {
        return overlong;
    }
}
