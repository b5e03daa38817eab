package shop.atp.input;

import shop.atp.domain.ShopBuilder;
import shop.atp.input.csv.CsvRow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the cells of the current record of one export by column. A cell that does not hold
 * what its column needs adds a problem naming the column, the value and what was expected,
 * and reads as a neutral value, so that every problem of the row is found in one pass.
 *
 * <p>Values are read where the CSV reader holds them: a String is made only for text that is
 * kept (an order id, a title) and for the value a problem quotes.
 */
final class RowCells {

    /** Quantities above this are rejected: sums over millions of rows then stay far from overflow. */
    static final long MAX_QUANTITY = 1_000_000_000_000L;

    private CsvRow records;
    private final DateReader dates;
    private final SkuNames skus;
    private final List<String> problems = new ArrayList<>();
    private ShopBuilder.KnownSku sku;

    RowCells(DateReader dates, SkuNames skus) {
        this.dates = dates;
        this.skus = skus;
    }

    /** Starts on the next row: no problems yet. */
    void startRow(CsvRow record) {
        records = record;
        problems.clear();
    }

    void problem(String message) {
        problems.add(message);
    }

    /** The row's problems so far, in the order found. */
    List<String> problems() {
        return problems;
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** Blank, or absent from the file. */
    boolean isEmpty(Field field) {
        int i = field.index();
        return i < 0 || i >= records.size() || records.isEmpty(i);
    }

    /** Whether the cell is {@code word}, ignoring case, compared as chars (no String made of the cell). */
    boolean is(Field field, String word) {
        int i = field.index();
        if (i < 0 || i >= records.size() || records.end(i) - records.start(i) != word.length()) {
            return false;
        }
        char[] b = records.chars();
        int start = records.start(i);
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(b[start + k]) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The trimmed cell, or "" when the file has no such column. */
    String text(Field field) {
        return isEmpty(field) ? "" : records.cell(field.index());
    }

    String requiredText(Field field) {
        return missing(field) ? "" : records.cell(field.index());
    }

    /** True (and a problem) when a required cell is blank or absent. */
    private boolean missing(Field field) {
        if (isEmpty(field)) {
            problems.add(field.column() + " is empty; a value is required");
            return true;
        }
        return false;
    }

    /**
     * A required text, as {@code previous} when the cell holds the same: the lines of one
     * order (or PO) follow each other and share one String.
     */
    String requiredText(Field field, String previous) {
        if (previous == null || isEmpty(field)) {
            return requiredText(field);
        }
        int i = field.index();
        char[] b = records.chars();
        int start = records.start(i);
        int length = records.end(i) - start;
        if (previous.length() != length) {
            return records.cell(i);
        }
        for (int k = 0; k < length; k++) {
            if (previous.charAt(k) != b[start + k]) {
                return records.cell(i);
            }
        }
        return previous;
    }

    /** A required SKU, as the one String kept for it; the SKU as the shop knows it is then {@link #sku}. */
    String requiredSku(Field field) {
        if (missing(field)) {
            sku = null;
            return "";
        }
        int i = field.index();
        char[] b = records.chars();
        int start = records.start(i);
        int end = records.end(i);
        for (int at = start; at < end; at++) {
            if (b[at] >= 0x80 && looksLikeNothing(b[at])) {
                problems.add(field.column() + " \"" + records.cell(i) + "\" holds " + String.format("U+%04X", (int) b[at])
                        + " (" + Character.getName(b[at]).toLowerCase(Locale.ROOT) + ") at character " + (at - start + 1)
                        + "; remove it: it makes a second SKU that prints the same");
                sku = null;
                return "";
            }
        }
        sku = skus.find(b, start, end);
        return sku.sku();
    }

    /** A space other than the plain one (no-break, ideographic, …) or an invisible format character (zero width, BOM). */
    private static boolean looksLikeNothing(char c) {
        return Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /** The SKU {@link #requiredSku} read last, as the shop knows it (null when the cell was empty). */
    ShopBuilder.KnownSku sku() {
        return sku;
    }

    /** A required whole number; {@code 12.0} counts as 12. */
    long quantity(Field field, boolean mayBeNegative) {
        if (isEmpty(field)) {
            problems.add(field.column() + " is empty; a whole number is required");
            return 0;
        }
        return wholeNumber(field, mayBeNegative);
    }

    /** An optional whole number, {@code fallback} when blank or absent. */
    long quantityOr(Field field, long fallback) {
        return isEmpty(field) ? fallback : wholeNumber(field, false);
    }

    /** Plain digits (the common case) by hand; anything else as a decimal number. */
    private long wholeNumber(Field field, boolean mayBeNegative) {
        int i = field.index();
        char[] b = records.chars();
        int start = records.start(i);
        int end = records.end(i);
        if (end - start <= 12) {
            long value = 0;
            int at = start;
            while (at < end && b[at] >= '0' && b[at] <= '9') {
                value = value * 10 + (b[at++] - '0');
            }
            if (at == end) {
                return value;
            }
        }
        return wholeNumber(field.column(), records.cell(i), mayBeNegative);
    }

    private long wholeNumber(String column, String value, boolean mayBeNegative) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add(column + " \"" + value + "\" is not a whole number");
            return 0;
        }
        if (!isPlainDecimal(value) || number.stripTrailingZeros().scale() > 0) {
            problems.add(column + " \"" + value + "\" is not a whole number");
            return 0;
        }
        if (number.abs().compareTo(BigDecimal.valueOf(MAX_QUANTITY)) > 0) {
            problems.add(column + " \"" + value + "\" is too large (at most " + MAX_QUANTITY + ")");
            return 0;
        }
        if (number.signum() < 0 && !mayBeNegative) {
            problems.add(column + " \"" + value + "\" is negative; 0 or more is required");
            return 0;
        }
        return number.longValueExact();
    }

    private static boolean isPlainDecimal(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || (i == 0 && (c == '-' || c == '+'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** An optional date; null when blank or absent. */
    LocalDate date(Field field) {
        if (isEmpty(field)) {
            return null;
        }
        int i = field.index();
        LocalDate date = dates.date(records.chars(), records.start(i), records.end(i));
        if (date == null) {
            notADate(field);
        } else if (!DateReader.inRange(date)) {
            outOfRange(field);
            return null;
        }
        return date;
    }

    Instant requiredInstant(Field field) {
        if (isEmpty(field)) {
            problems.add(field.column() + " is empty; a date is required");
            return Instant.EPOCH;
        }
        int i = field.index();
        Instant instant = dates.instant(records.chars(), records.start(i), records.end(i));
        if (instant == null) {
            notADate(field);
            return Instant.EPOCH;
        }
        if (!DateReader.inRange(instant)) {
            outOfRange(field);
            return Instant.EPOCH;
        }
        return instant;
    }

    private void outOfRange(Field field) {
        problems.add(field.column() + " \"" + text(field) + "\" " + DateReader.OUT_OF_RANGE);
    }

    private void notADate(Field field) {
        problems.add(field.column() + " \"" + text(field) + "\" is not a date (expected " + dates.expected() + ")");
    }

    /** One of a fixed list of words; the fallback when blank or absent. */
    <T> T choice(Field field, WordList<T> words, T fallback) {
        if (isEmpty(field)) {
            return fallback;
        }
        int i = field.index();
        T found = words.find(records.chars(), records.start(i), records.end(i));
        if (found == null) {
            problems.add(field.column() + " \"" + text(field) + "\" is not one of " + words.expected());
            return fallback;
        }
        return found;
    }

    /** One of the policy's channels; its default channel when blank or absent. */
    String channel(Field field, ChannelNames channels) {
        if (isEmpty(field)) {
            return channels.defaultChannel();
        }
        int i = field.index();
        String channel = channels.find(records.chars(), records.start(i), records.end(i));
        if (channel == null) {
            problems.add(field.column() + " \"" + text(field) + "\" is not in the policy's channels: " + channels.listed()
                    + "; to read it as one of them, add it to that channel's names (channels: { " + channels.defaultChannel()
                    + ": { names: [\"" + text(field) + "\"] } })");
        }
        return channel;
    }
}
