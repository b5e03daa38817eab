package shop.atp.output;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text for a terminal's standard error: control characters (escape sequences a file could
 * use to set a terminal's title, clear its screen or write its clipboard) and characters that
 * reorder or hide text are written as '?', line breaks as they are. Messages quote cells from
 * the files as they are read.
 */
public final class PrintableWriter extends FilterWriter {

    public PrintableWriter(Writer out) {
        super(out);
    }

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\n') || Cells.hidesText(c);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(isControl((char) c) ? '?' : c);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        write(new String(chars, off, len), 0, len);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        String part = text.substring(off, off + len);
        for (int i = 0; i < part.length(); i++) {
            if (isControl(part.charAt(i))) {
                StringBuilder b = new StringBuilder(part);
                for (int j = i; j < b.length(); j++) {
                    if (isControl(b.charAt(j))) {
                        b.setCharAt(j, '?');
                    }
                }
                part = b.toString();
                break;
            }
        }
        out.write(part, 0, part.length());
    }
}
