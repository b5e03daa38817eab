package shop.atp.input.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes text on, then one more line holding only {@link #END}, a char no decoder gives (a
 * lone low surrogate; invalid input decodes to U+FFFD). FastCSV hands a last quoted field
 * the text ended inside over like any other; with the mark after the text, such a field
 * ends with the mark, and a text that ended well ends with the mark's own record.
 */
final class EndMarkReader extends FilterReader {

    static final char END = '\uDFFF';
    private static final char[] MARK = {'\n', END};

    private int markSent;

    EndMarkReader(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (markSent == 0) {
            int n = super.read(buf, off, len);
            if (n >= 0) {
                return n;
            }
        }
        if (markSent == MARK.length || len == 0) {
            return markSent == MARK.length ? -1 : 0;
        }
        int n = Math.min(len, MARK.length - markSent);
        System.arraycopy(MARK, markSent, buf, off, n);
        markSent += n;
        return n;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }
}
