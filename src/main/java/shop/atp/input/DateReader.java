package shop.atp.input;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the dates of the exports: ISO dates, ISO date-times, Shopify's
 * {@code 2026-04-15 10:22:13 -0400}, and the policy's extra {@code date_formats}. Values
 * without an offset are read in the policy's time zone; fractions of a second are kept. A
 * day that does not exist is unreadable in every form, never moved to another day. One per
 * read of the exports (it keeps the dates read lately, to hand out the same objects again).
 *
 * <p>The date-time shapes of real exports are read by hand, from the chars of a cell where
 * the CSV reader holds them, because a million order lines make DateTimeFormatter the slowest
 * part of a run: {@code 2026-04-15T10:22:13}, with a space instead of the T, a fraction of
 * 1 to 9 digits, and an optional {@code Z}, {@code +02:00}, {@code -0400} or, after a
 * space, {@code " -0400"}. Other texts go to the formatters. A text of these shapes whose
 * numbers make no real moment ({@code 2026-02-30}, {@code 24:00:00}, {@code +19:00}) is
 * unreadable, as for java.time's strict ISO parsers: it never goes on to a lenient formatter
 * that would move it to another day.
 */
public final class DateReader {

    /** The years a shop's dates may lie in: far enough either way, and 4 digits, as every output writes them. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;
    public static final String OUT_OF_RANGE = "is out of range (years " + FIRST_YEAR + " to " + LAST_YEAR + ")";
    private static final long FIRST_SECOND = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    private static final long END_SECOND = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();

    /** Whether a date lies in the years a shop's dates may lie in. */
    public static boolean inRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** Whether a moment lies in those years (as UTC sees them). */
    public static boolean inRange(Instant instant) {
        long second = instant.getEpochSecond();
        return second >= FIRST_SECOND && second < END_SECOND;
    }


    /** What the error messages show as accepted forms. */
    public static final String EXPECTED = "2026-04-15, 2026-04-15T10:22:13Z or 2026-04-15 10:22:13 -0400";

    /** {@link #epochDay} of a day that does not exist. */
    static final long NO_DAY = Long.MIN_VALUE;

    private static final DateTimeFormatter SHOPIFY = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ')
            .append(DateTimeFormatter.ISO_LOCAL_TIME).appendLiteral(' ')
            .appendOffset("+HHMM", "+0000").toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LOCAL_WITH_SPACE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ')
            .append(DateTimeFormatter.ISO_LOCAL_TIME).toFormatter().withResolverStyle(ResolverStyle.STRICT);

    /** The length of {@code 2026-04-15T10:22:13}. */
    private static final int WHOLE_SECONDS = 19;
    private static final int MAX_FRACTION_DIGITS = 9;
    /** What {@link #offsetSeconds} gives when there is no offset, and when it is no real one. */
    private static final int NO_OFFSET = Integer.MIN_VALUE;
    private static final int BAD_OFFSET = Integer.MAX_VALUE;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;
    private static final long DAYS_0000_TO_1970 = 719_528L;
    private static final int[] NANOS_PER_DIGIT = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private final ZoneId zone;
    /** The zone's offset when it never changes (UTC, +02:00), else null. */
    private final ZoneOffset fixedOffset;
    private final List<DateTimeFormatter> extra = new ArrayList<>();
    private final String expected;
    /** Dates read lately, by day: rows repeat their dates, and each LocalDate is kept once. */
    private final LocalDate[] recentDates = new LocalDate[1024];
    /** The last moment read: the lines of one order share it. */
    private long lastSecond = Long.MIN_VALUE;
    private int lastNano;
    private Instant lastInstant;

    public DateReader(ZoneId zone, List<String> extraPatterns) {
        this(zone, extraPatterns, "the policy's date_formats");
    }

    /** @param whose where {@code extraPatterns} come from, for messages ("the ebay-orders format's dates") */
    public DateReader(ZoneId zone, List<String> extraPatterns, String whose) {
        this.zone = zone;
        this.expected = extraPatterns.isEmpty() ? EXPECTED
                : EXPECTED + ", or one of " + whose + ": " + String.join(", ", extraPatterns);
        this.fixedOffset = zone.getRules().isFixedOffset() ? zone.getRules().getOffset(Instant.EPOCH) : null;
        for (String pattern : extraPatterns) {
            extra.add(strictPattern(pattern));
        }
    }

    /** The forms a date may take, for a message: the built-in ones and the policy's. */
    String expected() {
        return expected;
    }

    /**
     * A policy's pattern, strict as the ISO parsers are (30/02 is no date, not the 28th); its
     * {@code yyyy} is a year of the common era unless the pattern writes the era ({@code G}).
     */
    private static DateTimeFormatter strictPattern(String pattern) {
        // Locale.ROOT: AM/PM and month names read the same whatever the machine's locale (cron sets none)
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(java.util.Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /** A calendar date; a date-time gives the date it was written on. Null when unreadable. */
    public LocalDate date(String text) {
        return date(text.toCharArray(), 0, text.length());
    }

    /** A moment in time; a plain date is its start of day in the policy's zone. Null when unreadable. */
    public Instant instant(String text) {
        return instant(text.toCharArray(), 0, text.length());
    }

    /** {@link #date(String)} of the text {@code s[from, to)}: the common shapes without making a String. */
    public LocalDate date(char[] s, int from, int to) {
        if (isPlainIsoDate(s, from, to - from)) {
            return parseIsoDate(s, from);
        }
        int offsetAt = offsetStart(s, from, to);
        if (offsetAt >= 0) {
            boolean real = secondOfDay(s, from) >= 0 && offsetSeconds(s, offsetAt, to) != BAD_OFFSET;
            return real ? parseIsoDate(s, from) : null;
        }
        TemporalAccessor t = parse(new String(s, from, to - from));
        return t == null ? null : LocalDate.from(t);
    }

    /** {@link #instant(String)} of the text {@code s[from, to)}: the common shapes without making a String. */
    public Instant instant(char[] s, int from, int to) {
        if (isPlainIsoDate(s, from, to - from)) {
            LocalDate d = parseIsoDate(s, from);
            return d == null ? null : d.atStartOfDay(zone).toInstant();
        }
        int offsetAt = offsetStart(s, from, to);
        if (offsetAt >= 0) {
            return dateTime(s, from, to, offsetAt);
        }
        TemporalAccessor t = parse(new String(s, from, to - from));
        if (t == null) {
            return null;
        }
        if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.from(t).toInstant();
        }
        if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
            return LocalDateTime.from(t).atZone(zone).toInstant();
        }
        return LocalDate.from(t).atStartOfDay(zone).toInstant();
    }

    /** {@code yyyy-MM-dd} as to its length and dashes, at {@code from} in a text of {@code length} chars. */
    private static boolean isPlainIsoDate(char[] s, int from, int length) {
        return length == 10 && s[from + 4] == '-' && s[from + 7] == '-';
    }

    /** yyyy-MM-dd by hand: the common case, read millions of times. */
    private LocalDate parseIsoDate(char[] s, int from) {
        int y = digits(s, from, 4);
        int m = digits(s, from + 5, 2);
        int d = digits(s, from + 8, 2);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        int slot = (y * 372 + m * 31 + d) & (recentDates.length - 1);
        LocalDate recent = recentDates[slot];
        if (recent != null && recent.getDayOfMonth() == d && recent.getMonthValue() == m && recent.getYear() == y) {
            return recent;
        }
        try {
            recentDates[slot] = LocalDate.of(y, m, d);
            return recentDates[slot];
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Where the offset begins ({@code to} when there is none) if {@code s[from, to)} has one
     * of the shapes read by hand, whether or not its numbers make a real moment; -1 otherwise.
     */
    private static int offsetStart(char[] s, int from, int to) {
        if (to - from < WHOLE_SECONDS || !hasDateTimeShape(s, from)) {
            return -1;
        }
        int i = from + WHOLE_SECONDS;
        if (i < to && s[i] == '.') {
            int start = ++i;
            while (i < to && isDigit(s[i])) {
                i++;
            }
            if (i == start || i - start > MAX_FRACTION_DIGITS) {
                return -1;
            }
        }
        boolean spaced = i < to && s[i] == ' ' && s[from + 10] == ' ';
        if (spaced) {
            i++;
        }
        if (i == to) {
            return spaced ? -1 : i;
        }
        return hasOffsetShape(s, i, to) ? i : -1;
    }

    /** {@code dddd-dd-dd?dd:dd:dd} at {@code from}, where ? is T or a space. */
    private static boolean hasDateTimeShape(char[] s, int from) {
        return s[from + 4] == '-' && s[from + 7] == '-' && (s[from + 10] == 'T' || s[from + 10] == ' ')
                && s[from + 13] == ':' && s[from + 16] == ':'
                && digits(s, from, 4) >= 0 && digits(s, from + 5, 2) >= 0 && digits(s, from + 8, 2) >= 0
                && digits(s, from + 11, 2) >= 0 && digits(s, from + 14, 2) >= 0 && digits(s, from + 17, 2) >= 0;
    }

    /** {@code Z}, {@code ±dd:dd} or {@code ±dddd} filling {@code s[i, to)}. */
    private static boolean hasOffsetShape(char[] s, int i, int to) {
        int rest = to - i;
        if (rest == 1) {
            return s[i] == 'Z';
        }
        if (s[i] != '+' && s[i] != '-') {
            return false;
        }
        if (rest == 6) {
            return s[i + 3] == ':' && digits(s, i + 1, 2) >= 0 && digits(s, i + 4, 2) >= 0;
        }
        return rest == 5 && digits(s, i + 1, 4) >= 0;
    }

    /** The moment of a text of the hand-read shapes, its offset at {@code offsetAt}; null when there is no such moment. */
    private Instant dateTime(char[] s, int from, int to, int offsetAt) {
        long epochDay = epochDay(digits(s, from, 4), digits(s, from + 5, 2), digits(s, from + 8, 2));
        int secondOfDay = secondOfDay(s, from);
        int offset = offsetSeconds(s, offsetAt, to);
        if (epochDay == NO_DAY || secondOfDay < 0 || offset == BAD_OFFSET) {
            return null;
        }
        if (offset == NO_OFFSET && fixedOffset != null) {
            offset = fixedOffset.getTotalSeconds();
        }
        long second = offset != NO_OFFSET ? epochDay * 86_400L + secondOfDay - offset
                : LocalDateTime.of(LocalDate.ofEpochDay(epochDay), LocalTime.ofSecondOfDay(secondOfDay))
                        .atZone(zone).toEpochSecond();
        return instant(second, nanoOfSecond(s, from + WHOLE_SECONDS, offsetAt));
    }

    /** The same Instant as the last one read when the moment is the same. */
    private Instant instant(long second, int nano) {
        if (second != lastSecond || nano != lastNano) {
            lastInstant = Instant.ofEpochSecond(second, nano);
            lastSecond = second;
            lastNano = nano;
        }
        return lastInstant;
    }

    /** {@code HH:mm:ss} after the date at {@code from} in seconds, or -1 beyond 23:59:59. */
    private static int secondOfDay(char[] s, int from) {
        int hour = digits(s, from + 11, 2);
        int minute = digits(s, from + 14, 2);
        int second = digits(s, from + 17, 2);
        return hour > 23 || minute > 59 || second > 59 ? -1 : hour * 3600 + minute * 60 + second;
    }

    /** The digits after a '.' at {@code i} and before {@code end} as nanoseconds; 0 when there is no '.'. */
    private static int nanoOfSecond(char[] s, int i, int end) {
        if (i >= end || s[i] != '.') {
            return 0;
        }
        int nano = 0;
        for (int digit = 0; ++i < end && isDigit(s[i]); digit++) {
            nano += (s[i] - '0') * NANOS_PER_DIGIT[digit];
        }
        return nano;
    }

    /**
     * The offset of the shape {@link #hasOffsetShape} in seconds east of UTC; {@link #NO_OFFSET}
     * for none, {@link #BAD_OFFSET} beyond ±18:00 or 59 minutes, as ZoneOffset has it.
     */
    private static int offsetSeconds(char[] s, int i, int to) {
        if (i == to) {
            return NO_OFFSET;
        }
        if (s[i] == 'Z') {
            return 0;
        }
        int hours = digits(s, i + 1, 2);
        int minutes = digits(s, to - 2, 2);
        int total = hours * 3600 + minutes * 60;
        if (minutes > 59 || total > MAX_OFFSET_SECONDS) {
            return BAD_OFFSET;
        }
        return s[i] == '-' ? -total : total;
    }

    /**
     * LocalDate.of(year, month, day).toEpochDay() for a year of four digits, or {@link #NO_DAY}
     * when there is no such day: by hand, as a LocalDate per order line is garbage.
     */
    static long epochDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return NO_DAY;
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

    /** The value of {@code count} decimal digits at {@code from}, or -1 if any is not a digit. */
    private static int digits(char[] s, int from, int count) {
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

    private TemporalAccessor parse(String text) {
        TemporalAccessor t = tryParse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        t = t != null ? t : tryParse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        t = t != null ? t : tryParse(text, SHOPIFY);
        t = t != null ? t : tryParse(text, LOCAL_WITH_SPACE);
        for (int i = 0; t == null && i < extra.size(); i++) {
            t = tryParse(text, extra.get(i));
        }
        return t;
    }

    private static TemporalAccessor tryParse(String text, DateTimeFormatter f) {
        try {
            TemporalAccessor t = f.parse(text);
            return t.isSupported(ChronoField.EPOCH_DAY) ? t : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
