package shop.atp.input;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the dates of the exports: ISO dates, ISO date-times, Shopify's
 * {@code 2026-04-15 10:22:13 -0400}, and the policy's extra {@code date_formats}. Values
 * without an offset are read in the policy's time zone. One per read of the exports (it
 * keeps the dates read lately, to hand out the same objects again).
 */
public final class DateReader {

    /** What the error messages show as accepted forms. */
    public static final String EXPECTED = "2026-04-15, 2026-04-15T10:22:13Z or 2026-04-15 10:22:13 -0400";

    private static final DateTimeFormatter SHOPIFY = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ')
            .append(DateTimeFormatter.ISO_LOCAL_TIME).appendLiteral(' ')
            .appendOffset("+HHMM", "+0000").toFormatter();
    private static final DateTimeFormatter LOCAL_WITH_SPACE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ')
            .append(DateTimeFormatter.ISO_LOCAL_TIME).toFormatter();

    private final ZoneId zone;
    private final List<DateTimeFormatter> extra = new ArrayList<>();
    /** Dates read lately, by day: rows repeat their dates, and each LocalDate is kept once. */
    private final LocalDate[] recentDates = new LocalDate[1024];
    /** The last moment read: the lines of one order share it. */
    private long lastSecond = FastDateTime.NONE;
    private Instant lastInstant;

    public DateReader(ZoneId zone, List<String> extraPatterns) {
        this.zone = zone;
        for (String pattern : extraPatterns) {
            extra.add(DateTimeFormatter.ofPattern(pattern));
        }
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
        int n = to - from;
        if (isPlainIsoDate(s, from, n)) {
            return parseIsoDate(s, from);
        }
        if (n >= 19 && isPlainIsoDate(s, from, 10) && isTimeSeparator(s[from + 10])) {
            LocalDate d = parseIsoDate(s, from);
            if (d != null && FastDateTime.epochSecond(s, from, to, ZoneOffset.UTC) != FastDateTime.NONE) {
                return d;
            }
        }
        TemporalAccessor t = parse(new String(s, from, n));
        return t == null ? null : LocalDate.from(t);
    }

    /** {@link #instant(String)} of the text {@code s[from, to)}: the common shapes without making a String. */
    public Instant instant(char[] s, int from, int to) {
        if (isPlainIsoDate(s, from, to - from)) {
            LocalDate d = parseIsoDate(s, from);
            return d == null ? null : d.atStartOfDay(zone).toInstant();
        }
        long fast = FastDateTime.epochSecond(s, from, to, zone);
        if (fast != FastDateTime.NONE) {
            if (fast != lastSecond) {
                lastInstant = Instant.ofEpochSecond(fast);
                lastSecond = fast;
            }
            return lastInstant;
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

    private static boolean isTimeSeparator(char c) {
        return c == 'T' || c == ' ';
    }

    /** yyyy-MM-dd by hand: the common case, read millions of times. */
    private LocalDate parseIsoDate(char[] s, int from) {
        int y = FastDateTime.digits(s, from, 4);
        int m = FastDateTime.digits(s, from + 5, 2);
        int d = FastDateTime.digits(s, from + 8, 2);
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
