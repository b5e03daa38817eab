package shop.atp.input;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The date-time shapes of real exports, read by hand because a million order lines make
 * DateTimeFormatter the slowest part of a run: {@code 2026-04-15T10:22:13}, with a space
 * instead of the T, optional fractions of a second, and an optional {@code Z},
 * {@code +02:00}, {@code -0400} or {@code " -0400"} (Shopify). Anything else returns
 * {@link #NONE} and goes to the formatters. Reads the chars of a cell where the scanner
 * holds them, so that no String is made for a date.
 */
final class FastDateTime {

    /** Not one of the shapes above, or no real date and time. */
    static final long NONE = Long.MIN_VALUE;

    private static final int NO_OFFSET = Integer.MIN_VALUE;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;
    private static final long DAYS_0000_TO_1970 = 719_528L;

    private FastDateTime() {
    }

    /** Seconds since the epoch of the text {@code s[from, to)}, or {@link #NONE}. */
    static long epochSecond(char[] s, int from, int to, ZoneId zone) {
        int n = to - from;
        if (n < 19 || s[from + 4] != '-' || s[from + 7] != '-' || (s[from + 10] != 'T' && s[from + 10] != ' ')
                || s[from + 13] != ':' || s[from + 16] != ':') {
            return NONE;
        }
        int year = digits(s, from, 4);
        int month = digits(s, from + 5, 2);
        int day = digits(s, from + 8, 2);
        int hour = digits(s, from + 11, 2);
        int minute = digits(s, from + 14, 2);
        int second = digits(s, from + 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return NONE;
        }
        int i = from + 19;
        if (i < to && s[i] == '.') {
            i++;
            int start = i;
            while (i < to && isDigit(s[i])) {
                i++;
            }
            if (i == start || i - start > 9) {
                return NONE;
            }
        }
        if (i < to && s[i] == ' ' && s[from + 10] == ' ') {
            i++;
        }
        int offset = NO_OFFSET;
        if (i < to) {
            offset = offsetSeconds(s, i, to);
            if (offset == NO_OFFSET) {
                return NONE;
            }
        }
        long epochDay = epochDay(year, month, day);
        if (hour > 23 || minute > 59 || second > 59 || epochDay == NONE) {
            return NONE;
        }
        int secondOfDay = hour * 3600 + minute * 60 + second;
        if (offset == NO_OFFSET && zone instanceof ZoneOffset fixed) {
            offset = fixed.getTotalSeconds();
        }
        if (offset != NO_OFFSET) {
            return epochDay * 86_400L + secondOfDay - offset;
        }
        return LocalDateTime.of(LocalDate.ofEpochDay(epochDay), LocalTime.ofSecondOfDay(secondOfDay))
                .atZone(zone).toEpochSecond();
    }

    /**
     * LocalDate.of(year, month, day).toEpochDay() for a year of four digits, or {@link #NONE}
     * when there is no such day: by hand, as a LocalDate per order line is garbage.
     */
    static long epochDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return NONE;
        }
        long y = year;
        long days = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400 + (367L * month - 362) / 12 + day - 1;
        if (month > 2) {
            days -= isLeap(year) ? 1 : 2;
        }
        return days - DAYS_0000_TO_1970;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /**
     * {@code Z}, {@code ±HH:MM} or {@code ±HHMM} filling the rest of the text, in seconds east
     * of UTC; {@link #NO_OFFSET} otherwise (also beyond ±18:00, as ZoneOffset has it).
     */
    private static int offsetSeconds(char[] s, int i, int to) {
        int rest = to - i;
        char sign = s[i];
        if (rest == 1 && sign == 'Z') {
            return 0;
        }
        if (sign != '+' && sign != '-') {
            return NO_OFFSET;
        }
        int hours;
        int minutes;
        if (rest == 6 && s[i + 3] == ':') {
            hours = digits(s, i + 1, 2);
            minutes = digits(s, i + 4, 2);
        } else if (rest == 5) {
            hours = digits(s, i + 1, 2);
            minutes = digits(s, i + 3, 2);
        } else {
            return NO_OFFSET;
        }
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return NO_OFFSET;
        }
        int total = hours * 3600 + minutes * 60;
        if (total > MAX_OFFSET_SECONDS) {
            return NO_OFFSET;
        }
        return sign == '-' ? -total : total;
    }

    /** The value of {@code count} decimal digits at {@code from}, or -1 if any is not a digit. */
    static int digits(char[] s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s[i];
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
