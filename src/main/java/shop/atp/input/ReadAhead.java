package shop.atp.input;

import shop.atp.domain.ReadingNote;
import shop.atp.input.csv.CsvRow;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must be known of the files before any row is used: each file's platform format, from
 * its header alone (a file on disk is opened once for it; standard input's first bytes are
 * kept to be read again); how to read a file's text as its format says (the encoding to fall
 * back on for Amazon's Cp1252 reports, whether a {@code "} quotes); and the orders an export
 * copied from another platform's export read in the same run (SPEC "The same order twice"),
 * so that the other platform's line is the one skipped whichever file comes first. Files
 * are read whole here only when they must be: a copy source whose platform is read too, or
 * a file whose format has a fallback encoding (standard input is then kept in memory, up to
 * {@link #STDIN_KEPT} bytes). A file that cannot be read is passed over: reading it later
 * says what is wrong with it.
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
    /** Per platform that another export copies orders from: the copied order ids, each with where its copy is. */
    private final Map<String, Map<String, String>> copies = new HashMap<>();
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
        readCopies();
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
                    notes.add(new ReadingNote("standard input (" + format.name() + ") is too large to keep (over "
                            + (stdinKept >= 1 << 20 ? (stdinKept >> 20) + " MiB" : stdinKept + " bytes") + ") and read again as " + format.fallback() + " if it is not UTF-8; "
                            + "give the file by its path", true));
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
        return copies.getOrDefault(platform, Map.of()).get(orderId);
    }

    boolean anyCopies() {
        return !copies.isEmpty();
    }

    /** What reading ahead could not do (warnings). */
    List<ReadingNote> notes() {
        return notes;
    }

    /**
     * Reads the orders one export has of another's, where both exports are read here: the
     * copy is the line not counted, and it is told where the order is counted.
     */
    private void readCopies() {
        Set<String> ordersRead = new HashSet<>();
        for (InputFile file : ordersExports()) {
            if (platformFormats.get(file).platform() != null) {
                ordersRead.add(platformFormats.get(file).platform());
            }
        }
        for (InputFile file : ordersExports()) {
            Format.SameOrder same = platformFormats.get(file).sameOrder();
            if (same != null && ordersRead.contains(same.platform())) {
                if (same.countedThere()) {
                    readCountedThere(file, platformFormats.get(file));
                } else {
                    readCountedHere(file, platformFormats.get(file));
                }
            }
        }
    }

    /** The orders exports in a platform's format, in reading order. */
    private List<InputFile> ordersExports() {
        return files.stream().filter(f -> f.kind() == InputKind.ORDERS && platformFormats.containsKey(f)).toList();
    }

    /** Counted here (Shopify's TikTokOrderID tags): the other platform's order ids, each with this line. */
    private void readCountedHere(InputFile file, Format format) {
        Map<String, String> copied = copies.computeIfAbsent(format.sameOrder().platform(), p -> new HashMap<>());
        eachRecord(file, format, (binding, line) -> {
            String id = binding.copiedOrderId();
            if (id != null) {
                copied.putIfAbsent(id, where(format, binding.orderId(), file, line));
            }
        });
    }

    /**
     * Counted there (Amazon's Multi-Channel Fulfillment rows, shipping the web shop's orders):
     * this export's order ids, each with the other platform's line of the order it copies.
     */
    private void readCountedThere(InputFile file, Format format) {
        Map<String, Set<String>> wanted = new HashMap<>();
        eachRecord(file, format, (binding, line) -> {
            String theirs = binding.copiedOrderId();
            if (theirs != null) {
                wanted.computeIfAbsent(theirs, id -> new java.util.LinkedHashSet<>()).add(binding.orderId());
            }
        });
        Map<String, String> copied = copies.computeIfAbsent(format.platform(), p -> new HashMap<>());
        for (InputFile other : ordersExports()) {
            Format theirs = platformFormats.get(other);
            if (!wanted.isEmpty() && format.sameOrder().platform().equals(theirs.platform())) {
                eachRecord(other, theirs, (binding, line) -> {
                    String id = binding.orderId();
                    Set<String> ours = wanted.remove(id);
                    if (ours != null) {
                        ours.forEach(mine -> copied.putIfAbsent(mine, where(theirs, id, other, line)));
                    }
                });
            }
        }
    }

    /** "shopify order #1006 (orders_export_1.csv line 11)". */
    private static String where(Format format, String orderId, InputFile file, int line) {
        return (format.platform() == null ? format.name() : format.platform()) + " order " + orderId + " ("
                + file.name() + " line " + line + ")";
    }

    private interface RecordVisit {
        void visit(FormatBinding binding, int line);
    }

    /**
     * Each whole record of a file on disk in its format (a short one is left out: reading it
     * later says what is wrong). Standard input is read once, later: its copies are not looked
     * for, and a note says so.
     */
    private void eachRecord(InputFile file, Format format, RecordVisit visit) {
        if (file.path() == null) {
            notes.add(new ReadingNote("standard input (" + format.name() + ") is not searched for orders another export "
                    + "also has, so such an order may be counted twice; give the file by its path", true));
            return;
        }
        try (CsvRows rows = open(file, null)) {
            FormatBinding binding = FormatBinding.bind(format, rows.header());
            while (rows.advance()) {
                CsvRow record = rows.current();
                binding.next(record);
                if (record.size() >= binding.width()) {
                    visit.visit(binding, record.line());
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // the file is read again, where what is wrong with it is reported
        }
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
