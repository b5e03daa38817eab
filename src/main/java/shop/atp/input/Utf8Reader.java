package shop.atp.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text from a stream, as InputStreamReader decodes it with invalid bytes replaced by
 * U+FFFD, but with plain ASCII (nearly all of an export) copied byte for char in one loop:
 * the JDK's decoder goes over each run of ASCII twice, which came to 7 % of a 1 M-line
 * `check`. Everything else goes through the JDK's decoder, so the text is the same char for
 * char (a property test holds it to InputStreamReader on random bytes and reads of any size).
 */
final class Utf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = TextDecoding.replacing(StandardCharsets.UTF_8);
    /** Bytes read and not decoded yet, between position and limit. */
    private final ByteBuffer bytes;
    /** The second char of a surrogate pair decoded for a read of one char, or -1. */
    private int leftover = -1;
    private boolean eof;
    private boolean flushed;

    Utf8Reader(InputStream in, int bufferSize) {
        this.in = in;
        this.bytes = ByteBuffer.allocate(Math.max(bufferSize, 8));
        this.bytes.flip();
    }

    @Override
    public int read(char[] chars, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (leftover >= 0) {
            chars[off] = (char) leftover;
            leftover = -1;
            return 1;
        }
        int n = 0;
        boolean more = !bytes.hasRemaining();
        while (n == 0) {
            if (more && !refill() && !bytes.hasRemaining()) {
                return finish(chars, off, len);
            }
            n = copyAscii(chars, off, len);
            if (n == 0) {
                n = len > 1 ? decode(chars, off, len) : decodeOne(chars, off);
            }
            if (n == 0 && eof) {
                // at the end the decoder turns whatever is left into U+FFFD: it cannot stall
                throw new IllegalStateException("UTF-8 decoder made no progress at the end of the text");
            }
            // nothing came of the bytes left: they begin a character cut short, so read on
            more = true;
        }
        return n;
    }

    /** The plain ASCII at the front of the bytes, copied as chars; how many. */
    private int copyAscii(char[] chars, int off, int len) {
        byte[] b = bytes.array();
        int from = bytes.position();
        int to = from + Math.min(len, bytes.remaining());
        int i = from;
        while (i < to && b[i] >= 0) {
            chars[off + i - from] = (char) b[i];
            i++;
        }
        bytes.position(i);
        return i - from;
    }

    /** The bytes from a non-ASCII one on, through the JDK's decoder; how many chars it gave. */
    private int decode(char[] chars, int off, int len) {
        CharBuffer out = CharBuffer.wrap(chars, off, len);
        decoder.decode(bytes, out, eof);
        return out.position() - off;
    }

    /** A read of one char: a character outside the BMP decodes to two, and the second is kept. */
    private int decodeOne(char[] chars, int off) {
        char[] two = new char[2];
        int n = decode(two, 0, 2);
        if (n == 0) {
            return 0;
        }
        chars[off] = two[0];
        if (n == 2) {
            leftover = two[1];
        }
        return 1;
    }

    /** Reads more bytes behind those left; false at the end of the stream. */
    private boolean refill() throws IOException {
        if (eof) {
            return false;
        }
        bytes.compact();
        int n;
        do {
            n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        } while (n == 0);
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        return n > 0;
    }

    /** At the end of the bytes: what the decoder still holds, then -1. */
    private int finish(char[] chars, int off, int len) {
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(chars, off, len);
        decoder.decode(bytes, out, true);
        if (decoder.flush(out).isUnderflow()) {
            flushed = true;
        }
        int n = out.position() - off;
        return n > 0 ? n : -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
