package shop.atp.input.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes text on and remembers how it ends, so that {@link CsvRows} can tell a last quoted
 * field that was closed from one the text ended inside: FastCSV hands both over alike.
 */
final class TailReader extends FilterReader {

    /** Quotes in a row at the end of the text, line breaks after them left out. */
    private int trailingQuotes;
    private boolean atEnd;

    TailReader(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        atEnd |= n < 0;
        if (n > 0) {
            noteTail(buf, off, off + n);
        }
        return n;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    private void noteTail(char[] buf, int from, int to) {
        int i = to - 1;
        while (i >= from && (buf[i] == '\n' || buf[i] == '\r')) {
            i--;
        }
        if (i < from) {
            return;
        }
        int quotes = 0;
        while (i >= from && buf[i] == '"') {
            quotes++;
            i--;
        }
        trailingQuotes = i < from ? trailingQuotes + quotes : quotes;
    }

    /** The text has been read to its end. */
    boolean atEnd() {
        return atEnd;
    }

    /**
     * True when the text ends with an odd run of quotes (line breaks aside): the closing quote
     * of a last field, after any doubled ones inside it.
     */
    boolean endsClosed() {
        return trailingQuotes % 2 == 1;
    }
}
