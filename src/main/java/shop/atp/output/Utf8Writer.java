package shop.atp.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Text out as UTF-8, buffered. Text that comes in large pieces (a block of a thousand csv
 * rows) is encoded by {@link String#getBytes}, which the JVM does at memory speed, where the
 * JDK's OutputStreamWriter encodes char by char (bench/README, "Writing"). A lone surrogate
 * is written as '?', as OutputStreamWriter writes it; a high surrogate at the end of one
 * write waits for its low half in the next.
 */
public final class Utf8Writer extends Writer {

    private final OutputStream out;
    /** Pieces up to this many chars are tried as ASCII first. */
    private static final int SHORT = 64;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    /** A high surrogate that ended the last write, or 0. */
    private char pendingHigh;
    /** The first failure to write out, kept for who sees this writer only through a PrintWriter (which hides it). */
    private IOException failure;

    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c; // Writer's contract: the 16 low-order bits
        if (ch < 0x80 && pendingHigh == 0) {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (byte) ch;
        } else {
            encode(String.valueOf(ch));
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        encode(new String(chars, off, len));
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        encode(off == 0 && len == text.length() ? text : text.substring(off, off + len));
    }

    private void encode(String text) throws IOException {
        if (text.isEmpty() || copiedAsAscii(text)) {
            return;
        }
        if (pendingHigh != 0) {
            text = pendingHigh + text;
            pendingHigh = 0;
        }
        char last = text.charAt(text.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            text = text.substring(0, text.length() - 1);
        }
        put(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A short piece of plain ASCII (a quote, a comma, a JSON key) goes straight into the
     * buffer; true when it did. Saves an array per piece where JSON writes many.
     */
    private boolean copiedAsAscii(String text) {
        int n = text.length();
        if (n > SHORT || pendingHigh != 0) {
            return false;
        }
        if (n > buffer.length - used) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            buffer[used + i] = (byte) c;
        }
        used += n;
        return true;
    }

    private void put(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - used) {
            drain();
        }
        if (bytes.length >= buffer.length) {
            send(bytes, 0, bytes.length);
            return;
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void drain() throws IOException {
        if (used > 0) {
            int n = used;
            used = 0;
            send(buffer, 0, n);
        }
    }

    private void send(byte[] bytes, int off, int len) throws IOException {
        try {
            out.write(bytes, off, len);
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    /** The first failure to write out, or null. */
    public IOException failure() {
        return failure;
    }

    @Override
    public void flush() throws IOException {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put(new byte[]{'?'});
        }
        flush();
        out.close();
    }
}
