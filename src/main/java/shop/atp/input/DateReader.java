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
 * without an offset are read in the policy's time zone.
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

    public DateReader(ZoneId zone, List<String> extraPatterns) {
        this.zone = zone;
        for (String pattern : extraPatterns) {
            extra.add(DateTimeFormatter.ofPattern(pattern));
        }
    }

    /** A calendar date; a date-time gives the date it was written on. Null when unreadable. */
    public LocalDate date(String text) {
        if (isPlainIsoDate(text)) {
            return parseIsoDate(text);
        }
        if (text.length() >= 19 && isPlainIsoDate(text.substring(0, 10)) && isTimeSeparator(text.charAt(10))) {
            LocalDate d = parseIsoDate(text.substring(0, 10));
            if (d != null && FastDateTime.epochSecond(text, ZoneOffset.UTC) != null) {
                return d;
            }
        }
        TemporalAccessor t = parse(text);
        return t == null ? null : LocalDate.from(t);
    }

    /** A moment in time; a plain date is its start of day in the policy's zone. Null when unreadable. */
    public Instant instant(String text) {
        if (isPlainIsoDate(text)) {
            LocalDate d = parseIsoDate(text);
            return d == null ? null : d.atStartOfDay(zone).toInstant();
        }
        Long fast = FastDateTime.epochSecond(text, zone);
        if (fast != null) {
            return Instant.ofEpochSecond(fast);
        }
        TemporalAccessor t = parse(text);
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

    private static boolean isPlainIsoDate(String s) {
        return s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-';
    }

    private static boolean isTimeSeparator(char c) {
        return c == 'T' || c == ' ';
    }

    /** yyyy-MM-dd by hand: the common case, read millions of times. */
    private static LocalDate parseIsoDate(String s) {
        int y = FastDateTime.digits(s, 0, 4);
        int m = FastDateTime.digits(s, 5, 2);
        int d = FastDateTime.digits(s, 8, 2);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
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
