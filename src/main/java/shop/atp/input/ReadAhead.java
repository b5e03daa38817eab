package shop.atp.input;

import shop.atp.input.csv.CsvRow;
import shop.atp.input.csv.CsvRows;

import java.io.IOException;
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
 * its header alone (a file on disk is opened once for it); the encoding to read a file in
 * when its format falls back on one (Amazon's Cp1252 reports); and the orders an export
 * copied from another platform's export read in the same run (SPEC "The same order twice"),
 * so that the other platform's line is the one skipped whichever file comes first. Files
 * are read whole here only when they must be: a copy source whose platform is read too, or
 * a file whose format has a fallback encoding. A file that cannot be read is passed over:
 * reading it later says what is wrong with it.
 */
final class ReadAhead {

    private final Character delimiter;
    /** The files, in reading order. */
    private final List<InputFile> files;
    private final HeaderRecognition recognition;
    /** Each file on disk whose header is a platform format's, with that format. */
    private final Map<InputFile, Format> platformFormats = new HashMap<>();
    /** Per platform that another export copies orders from: the copied order ids, each with where its copy is. */
    private final Map<String, Map<String, String>> copies = new HashMap<>();

    ReadAhead(List<InputFile> files, Character delimiter, HeaderRecognition recognition) {
        this.delimiter = delimiter;
        this.recognition = recognition;
        this.files = files;
        for (InputFile file : files) {
            Format format = peek(file);
            if (format != null) {
                platformFormats.put(file, format);
            }
        }
        readCopies();
    }

    /** The platform format of a file on disk, from its header; null for atp's own, stdin, or a file that cannot be read. */
    private Format peek(InputFile file) {
        if (file.path() == null || !file.exists()) {
            return null;
        }
        try (CsvRows rows = CsvRows.open(file.name(), file.open(null), delimiter)) {
            String[] header = rows.header();
            return header == null ? null : recognition.formatOf(file, header);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** Where each copied order of a platform read in this run is: (platform, order id) → "shopify order #1006 (FILE line N)". */
    String copyOf(String platform, String orderId) {
        return copies.getOrDefault(platform, Map.of()).get(orderId);
    }

    boolean anyCopies() {
        return !copies.isEmpty();
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
                    readCopiesOfTheirs(file, platformFormats.get(file));
                } else {
                    readCopiesOfOurs(file, platformFormats.get(file));
                }
            }
        }
    }

    /** The orders exports in a platform's format, in reading order. */
    private List<InputFile> ordersExports() {
        return files.stream().filter(f -> f.kind() == InputKind.ORDERS && platformFormats.containsKey(f)).toList();
    }

    /** Counted here (Shopify's TikTokOrderID tags): the other platform's order ids, each with this line. */
    private void readCopiesOfOurs(InputFile file, Format format) {
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
    private void readCopiesOfTheirs(InputFile file, Format format) {
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

    /** Each whole record of a file in its format (a short one is left out: reading it later says what is wrong). */
    private void eachRecord(InputFile file, Format format, RecordVisit visit) {
        try (CsvRows rows = CsvRows.open(file.name(), file.open(null), delimiter, charsetOf(file))) {
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
     * reports) and the file's bytes are not UTF-8: then that one.
     */
    Charset charsetOf(InputFile file) {
        Format format = platformFormats.get(file);
        if (format == null || format.fallback() == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            try (java.io.InputStream in = Files.newInputStream(file.path())) {
                return isUtf8(in) ? StandardCharsets.UTF_8 : format.fallback();
            }
        } catch (IOException unreadable) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Whether the bytes are all UTF-8 text (read to their end; the stream is left open). */
    static boolean isUtf8(java.io.InputStream in) throws IOException {
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
