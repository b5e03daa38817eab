package shop.atp.input;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reads the cells of one row by column name. A cell that does not hold what its column needs
 * adds a problem naming the column, the value and what was expected, and reads as a neutral
 * value, so that every problem of the row is found in one pass.
 */
final class Cells {

    /** Quantities above this are rejected: sums over millions of rows then stay far from overflow. */
    static final long MAX_QUANTITY = 1_000_000_000_000L;

    private final CsvRecords.Row row;
    private final HeaderMap header;
    private final DateReader dates;
    private final List<String> problems;

    Cells(CsvRecords.Row row, HeaderMap header, DateReader dates, List<String> problems) {
        this.row = row;
        this.header = header;
        this.dates = dates;
        this.problems = problems;
    }

    void problem(String message) {
        problems.add(message);
    }

    /** The trimmed cell, or "" when the file has no such column. */
    String text(String column) {
        int i = header.index(column);
        return i < 0 || i >= row.cells().length ? "" : row.cells()[i];
    }

    String requiredText(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            problems.add(column + " is empty; a value is required");
        }
        return value;
    }

    /** A required whole number; {@code 12.0} counts as 12. */
    long quantity(String column, boolean mayBeNegative) {
        String value = text(column);
        if (value.isEmpty()) {
            problems.add(column + " is empty; a whole number is required");
            return 0;
        }
        return wholeNumber(column, value, mayBeNegative);
    }

    /** An optional whole number, {@code fallback} when blank or absent. */
    long quantityOr(String column, long fallback) {
        String value = text(column);
        return value.isEmpty() ? fallback : wholeNumber(column, value, false);
    }

    private long wholeNumber(String column, String value, boolean mayBeNegative) {
        if (value.length() <= 12 && isDigits(value)) {
            return Long.parseLong(value);
        }
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

    private static boolean isDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !value.isEmpty();
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
    LocalDate date(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date = dates.date(value);
        if (date == null) {
            problems.add(column + " \"" + value + "\" is not a date (expected " + DateReader.EXPECTED + ")");
        }
        return date;
    }

    Instant requiredInstant(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            problems.add(column + " is empty; a date is required");
            return Instant.EPOCH;
        }
        Instant instant = dates.instant(value);
        if (instant == null) {
            problems.add(column + " \"" + value + "\" is not a date (expected " + DateReader.EXPECTED + ")");
            return Instant.EPOCH;
        }
        return instant;
    }

    /**
     * A word from a fixed list, matched ignoring case (and spaces or '-' for '_'); the
     * fallback when blank or absent.
     */
    <T> T choice(String column, Map<String, T> words, T fallback, String expected) {
        String value = text(column);
        if (value.isEmpty()) {
            return fallback;
        }
        T found = words.get(value);
        if (found == null) {
            found = words.get(Column.normalize(value));
        }
        if (found == null) {
            problems.add(column + " \"" + value + "\" is not one of " + expected);
            return fallback;
        }
        return found;
    }
}
