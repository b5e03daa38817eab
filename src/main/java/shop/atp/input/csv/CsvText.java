package shop.atp.input.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An export's bytes as text, before FastCSV splits it: UTF-8 with or without BOM, or UTF-16
 * when a UTF-16 BOM says so; bytes not valid in that encoding become U+FFFD, which
 * {@link CsvRows} reports for the row that holds it. Also finds the delimiter from the
 * header line, reading ahead without consuming.
 */
final class CsvText {

    /** U+FFFD, what an invalid byte sequence decodes to. */
    static final char INVALID = '\uFFFD';

    /** The header line must end within this many chars: the read-ahead for the delimiter. */
    static final int HEADER_READ_AHEAD = 1 << 20;

    private CsvText() {
    }

    /** The text of {@code raw}, its byte order mark dropped; its start may be read ahead and put back. */
    static PushbackReader open(InputStream raw) throws IOException {
        return open(raw, StandardCharsets.UTF_8);
    }

    /** As {@link #open(InputStream)}, reading text without a byte order mark as {@code withoutBom}. */
    static PushbackReader open(InputStream raw, Charset withoutBom) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 3);
        byte[] head = in.readNBytes(3);
        int b0 = head.length > 0 ? head[0] & 0xFF : -1;
        int b1 = head.length > 1 ? head[1] & 0xFF : -1;
        int b2 = head.length > 2 ? head[2] & 0xFF : -1;
        Charset charset = withoutBom;
        int bom = 0;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        }
        in.unread(head, bom, head.length - bom);
        return new PushbackReader(decoded(in, charset), HEADER_READ_AHEAD);
    }

    /** UTF-8 text from the middle of a file: no byte order mark is looked for. */
    static Reader utf8(InputStream raw) {
        return decoded(raw, StandardCharsets.UTF_8);
    }

    /** Decoded text: FastCSV reads it in large pieces, so no buffering of chars on top. */
    private static Reader decoded(InputStream in, Charset charset) {
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /**
     * The one of {@code , ; tab} that occurs most often outside quotes in the first line that
     * is not blank (a comma when none does); what was read ahead is put back.
     *
     * @throws IOException when that line does not end within {@link #HEADER_READ_AHEAD} chars
     */
    static char detectDelimiter(PushbackReader text) throws IOException {
        char[] ahead = new char[HEADER_READ_AHEAD];
        int read = 0;
        int lineStart = 0;
        while (true) {
            for (int i = lineStart; i < read; i++) {
                char c = ahead[i];
                if (c == '\n' || c == '\r') {
                    if (!isBlank(ahead, lineStart, i)) {
                        text.unread(ahead, 0, read);
                        return mostFrequentDelimiter(ahead, lineStart, i);
                    }
                    lineStart = i + 1;
                }
            }
            if (read == ahead.length) {
                throw new IOException("the header line is longer than " + (HEADER_READ_AHEAD >> 20)
                        + " MiB (is this a CSV file?)");
            }
            int n = text.read(ahead, read, ahead.length - read);
            if (n < 0) {
                text.unread(ahead, 0, read);
                return mostFrequentDelimiter(ahead, lineStart, read);
            }
            read += n;
        }
    }

    private static boolean isBlank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    private static char mostFrequentDelimiter(char[] line, int from, int to) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char c = line[i];
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
}
