package shop.atp.input;

import shop.atp.domain.ReadingNote;
import shop.atp.input.csv.CsvRows;
import shop.atp.input.csv.Quoting;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What must be known of the files before any row is used: each file's platform format, from
 * its header alone (a file on disk is opened once for it; standard input's first bytes are
 * kept to be read again); how to read a file's text as its format says (the encoding to fall
 * back on for Amazon's Cp1252 reports, whether a {@code "} quotes); and, through
 * {@link SameOrders}, the orders one export has of another's. Files are read whole here only
 * when they must be: an export searched for such orders, or a file whose format has a
 * fallback encoding (standard input is then kept in memory, up to {@link #STDIN_KEPT} bytes).
 * A file that cannot be read is passed over: reading it later says what is wrong with it.
 */
final class ReadAhead {

    /**
     * Standard input of a format with a fallback encoding is kept up to this many bytes, to
     * be decoded again when it is not UTF-8; a larger one is read as UTF-8 (README, "Your
     * platform's exports").
     */
    static final int STDIN_KEPT = 64 << 20;

    private final Character delimiter;
    private final int stdinKept;
    /** The files, in reading order. */
    private final List<InputFile> files;
    private final HeaderRecognition recognition;
    /** Each file whose header is a platform format's, with that format (standard input's too). */
    private final Map<InputFile, Format> platformFormats = new HashMap<>();
    /** The orders one export read here has of another's. */
    private final SameOrders sameOrders;
    /** What reading ahead could not do, for the shop's notes. */
    private final List<ReadingNote> notes = new java.util.ArrayList<>(0);
    /** The encoding each file with a fallback is read in, once told. */
    private final Map<InputFile, Charset> charsets = new HashMap<>();
    /** The bytes of standard input read ahead (null: none were), and whether they are all of it. */
    private byte[] stdinAhead;
    private boolean stdinWhole;

    ReadAhead(List<InputFile> files, Character delimiter, HeaderRecognition recognition, InputStream stdin) {
        this(files, delimiter, recognition, stdin, STDIN_KEPT);
    }

    /** @param stdinKept the most of standard input kept to be decoded again (tests make it small) */
    ReadAhead(List<InputFile> files, Character delimiter, HeaderRecognition recognition, InputStream stdin, int stdinKept) {
        this.stdinKept = stdinKept;
        this.delimiter = delimiter;
        this.recognition = recognition;
        this.files = files;
        for (InputFile file : files) {
            Format format = file.path() == null ? peekStdin(file, stdin) : peek(file);
            if (format != null) {
                platformFormats.put(file, format);
            }
        }
        sameOrders = new SameOrders(files.stream().filter(f -> f.kind() == InputKind.ORDERS && platformFormats.containsKey(f)).toList(),
                platformFormats, file -> open(file, null), notes);
    }

    /** The platform format of a file on disk, from its header; null for atp's own, or a file that cannot be read. */
    private Format peek(InputFile file) {
        if (!file.exists()) {
            return null;
        }
        try (CsvRows rows = CsvRows.open(file.name(), file.open(null), delimiter)) {
            return formatOf(file, rows);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * The platform format of standard input, from its header, the bytes read for it kept; when
     * the format falls back on another encoding, all of standard input is kept (up to
     * {@link #STDIN_KEPT} bytes), to be decoded again.
     */
    private Format peekStdin(InputFile file, InputStream stdin) {
        if (stdinAhead != null) {
            return null;
        }
        Kept kept = new Kept(stdin);
        Format format;
        try (CsvRows rows = CsvRows.open(file.name(), kept, delimiter)) {
            format = formatOf(file, rows);
        } catch (IOException | RuntimeException unreadable) {
            format = null;
        }
        stdinAhead = kept.bytes.toByteArray();
        if (format != null && format.fallback() != null) {
            try {
                byte[] rest = stdin.readNBytes(Math.max(0, stdinKept - stdinAhead.length) + 1);
                stdinWhole = stdinAhead.length + rest.length <= stdinKept;
                kept.bytes.write(rest);
                stdinAhead = kept.bytes.toByteArray();
                if (!stdinWhole) {
                    String limit = stdinKept >= 1 << 20 ? (stdinKept >> 20) + " MiB" : stdinKept + " bytes";
                    notes.add(new ReadingNote("standard input (" + format.name() + ") is too large to keep (over " + limit
                            + ") and read again as " + format.fallback() + " if it is not UTF-8; give the file by its path", true));
                }
            } catch (IOException unreadable) {
                // read on from standard input, where what is wrong with it is reported
            }
        }
        return format;
    }

    private Format formatOf(InputFile file, CsvRows rows) {
        String[] header = rows.header();
        return header == null ? null : recognition.formatOf(file, header, rows.line());
    }

    /** Standard input as it is read, its bytes kept; left open when its reader is closed. */
    private static final class Kept extends java.io.FilterInputStream {
        final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        Kept(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytes.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytes.write(b, off, n);
            }
            return n;
        }

        /** Bytes skipped are read, so that they are kept too. */
        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = new byte[(int) Math.min(n, 8192)];
            int read = read(skipped, 0, skipped.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // standard input is read again from where it was left
        }
    }

    /**
     * The records of a file, read as its format says: the encoding ({@link #charsetOf}) and
     * whether a {@code "} quotes; standard input from its first byte, the bytes read ahead
     * first.
     */
    CsvRows open(InputFile file, InputStream stdin) {
        Format format = platformFormats.get(file);
        return CsvRows.open(file.name(), bytesOf(file, stdin), delimiter, charsetOf(file),
                format == null ? Quoting.RFC4180 : format.quoting());
    }

    private InputStream bytesOf(InputFile file, InputStream stdin) {
        if (file.path() != null || stdinAhead == null) {
            return file.open(stdin);
        }
        java.io.ByteArrayInputStream ahead = new java.io.ByteArrayInputStream(stdinAhead);
        return stdinWhole ? ahead : new java.io.SequenceInputStream(ahead, stdin);
    }

    /** Where each copied order of a platform read in this run is: (platform, order id) → "shopify order #1006 (FILE line N)". */
    String copyOf(String platform, String orderId) {
        return sameOrders.copyOf(platform, orderId);
    }

    boolean anyCopies() {
        return sameOrders.any();
    }

    /** What reading ahead could not do (warnings). */
    List<ReadingNote> notes() {
        return notes;
    }

    /**
     * UTF-8, unless the file's format names an encoding to fall back on (Amazon's Cp1252
     * reports) and the file's bytes are not UTF-8: then that one. Standard input over
     * {@link #STDIN_KEPT} bytes is not checked: UTF-8.
     */
    Charset charsetOf(InputFile file) {
        Format format = platformFormats.get(file);
        if (format == null || format.fallback() == null || (file.path() == null && !stdinWhole)) {
            return StandardCharsets.UTF_8;
        }
        // a file with a fallback is read whole to tell: once
        return charsets.computeIfAbsent(file, f -> {
            try (InputStream in = f.path() == null ? new java.io.ByteArrayInputStream(stdinAhead) : Files.newInputStream(f.path())) {
                return charsetFor(format, in);
            } catch (IOException unreadable) {
                return StandardCharsets.UTF_8;
            }
        });
    }

    /** UTF-8, unless {@code format} falls back on an encoding and {@code bytes} (read to their end) are not UTF-8. */
    static Charset charsetFor(Format format, InputStream bytes) throws IOException {
        return format.fallback() == null || isUtf8(bytes) ? StandardCharsets.UTF_8 : format.fallback();
    }

    /** Whether the bytes are all UTF-8 text (read to their end; the stream is left open). */
    static boolean isUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            Reader r = new InputStreamReader(in, decoder);
            char[] buf = new char[1 << 16];
            while (r.read(buf) >= 0) {
                // reading is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
