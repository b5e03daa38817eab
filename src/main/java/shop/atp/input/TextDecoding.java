package shop.atp.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an export's bytes into text: UTF-8 with or without BOM, or UTF-16 when a UTF-16 BOM
 * says so. Bytes that are not valid in that encoding decode to U+FFFD, and a cell holding it
 * is refused (see {@link CsvRecords}), so a misread SKU never slips through.
 */
final class TextDecoding {

    private TextDecoding() {
    }

    /** U+FFFD, what an invalid byte sequence decodes to. */
    static final char INVALID = '\uFFFD';

    static Reader open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            skip = 3;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        in.reset();
        in.skipNBytes(skip);
        if (charset == StandardCharsets.UTF_8) {
            return utf8(in);
        }
        return new InputStreamReader(in, replacing(charset));
    }

    /** A decoder that turns bytes invalid in {@code charset} into U+FFFD. */
    static CharsetDecoder replacing(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** UTF-8 text, from the start of a file after its byte order mark or from its middle. */
    static Reader utf8(InputStream raw) {
        return new Utf8Reader(raw, 1 << 16);
    }
}
