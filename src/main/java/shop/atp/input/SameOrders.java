package shop.atp.input;

import shop.atp.domain.ReadingNote;
import shop.atp.input.csv.CsvRow;
import shop.atp.input.csv.CsvRows;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The orders one export has of another's, where both are read in one run (SPEC "The same
 * order twice"): a TikTok order synced into Shopify, counted here by Shopify's rule; an
 * Amazon Multi-Channel Fulfillment row shipping a Shopify order, counted there by Amazon's.
 * Found before any row is used, so that the copy is the line skipped whichever file comes
 * first, and it names where the order is counted. Standard input is read once, later: it is
 * not searched, and a note says so.
 */
final class SameOrders {

    /** The orders exports in a platform's format, in reading order. */
    private final List<InputFile> exports;
    private final Map<InputFile, Format> platformFormats;
    private final Function<InputFile, CsvRows> open;
    private final List<ReadingNote> notes;
    /** Per platform whose order is copied: the copied order ids, each with where the order is counted. */
    private final Map<String, Map<String, String>> copies = new HashMap<>();

    /**
     * @param open  a file's records, read as its format says
     * @param notes where to say what could not be searched
     */
    SameOrders(List<InputFile> exports, Map<InputFile, Format> platformFormats, Function<InputFile, CsvRows> open,
               List<ReadingNote> notes) {
        this.exports = exports;
        this.platformFormats = platformFormats;
        this.open = open;
        this.notes = notes;
        find();
    }

    /** Where the order a line of {@code platform}'s export copies is counted ("shopify order #1006 (FILE line N)"), or null. */
    String copyOf(String platform, String orderId) {
        return copies.getOrDefault(platform, Map.of()).get(orderId);
    }

    boolean any() {
        return !copies.isEmpty();
    }

    /**
     * Reads the orders one export has of another's, where both exports are read here: the
     * copy is the line not counted, and it is told where the order is counted.
     */
    private void find() {
        Set<String> ordersRead = new HashSet<>();
        for (InputFile file : exports) {
            if (platformFormats.get(file).platform() != null) {
                ordersRead.add(platformFormats.get(file).platform());
            }
        }
        for (InputFile file : exports) {
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
        for (InputFile other : exports) {
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
        try (CsvRows rows = open.apply(file)) {
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
}
