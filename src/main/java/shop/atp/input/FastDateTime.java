package shop.atp.input;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The date-time shapes of real exports, read by hand because a million order lines make
 * DateTimeFormatter the slowest part of a run: {@code 2026-04-15T10:22:13}, with a space
 * instead of the T, optional fractions of a second, and an optional {@code Z},
 * {@code +02:00}, {@code -0400} or {@code " -0400"} (Shopify). Anything else returns null
 * and goes to the formatters.
 */
final class FastDateTime {

    private FastDateTime() {
    }

    /** Seconds since the epoch, or null when the text is not one of the shapes above (or no real time). */
    static Long epochSecond(String s, ZoneId zone) {
        int n = s.length();
        if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start || i - start > 9) {
                return null;
            }
        }
        ZoneOffset offset = null;
        if (i < n && s.charAt(i) == ' ' && s.charAt(10) == ' ') {
            i++;
        }
        if (i < n) {
            offset = offset(s, i);
            if (offset == null) {
                return null;
            }
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
            if (offset != null) {
                return local.toEpochSecond(offset);
            }
            return zone instanceof ZoneOffset fixed ? local.toEpochSecond(fixed) : local.atZone(zone).toEpochSecond();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code Z}, {@code ±HH:MM} or {@code ±HHMM} filling the rest of the text; null otherwise. */
    private static ZoneOffset offset(String s, int i) {
        int rest = s.length() - i;
        char sign = s.charAt(i);
        if (rest == 1 && sign == 'Z') {
            return ZoneOffset.UTC;
        }
        if (sign != '+' && sign != '-') {
            return null;
        }
        int hours;
        int minutes;
        if (rest == 6 && s.charAt(i + 3) == ':') {
            hours = digits(s, i + 1, 2);
            minutes = digits(s, i + 4, 2);
        } else if (rest == 5) {
            hours = digits(s, i + 1, 2);
            minutes = digits(s, i + 3, 2);
        } else {
            return null;
        }
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return null;
        }
        int total = hours * 3600 + minutes * 60;
        try {
            return ZoneOffset.ofTotalSeconds(sign == '-' ? -total : total);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The value of {@code count} decimal digits at {@code from}, or -1 if any is not a digit. */
    static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
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
