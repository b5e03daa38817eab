package shop.atp.input;

import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The date-times DateReader reads by hand are what java.time reads: random texts of every
 * shape it takes (T or space, fractions of 1 to 9 digits, Z, +02:00, -0400, " -0400" or no
 * offset in the policy's zone), some of them no real moment, held against java.time's
 * strict parsers; and a day that does not exist is never read as another (fixed seeds, so CI
 * runs the same tries).
 */
class DateReaderProperties {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneOffset.ofHoursMinutes(5, 30),
            ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Kathmandu"));
    /** One reader per zone for all tries, so that its recent dates and moments are reused as in a real read. */
    private static final Map<ZoneId, DateReader> READERS = ZONES.stream()
            .collect(Collectors.toMap(Function.identity(), zone -> new DateReader(zone, List.of())));
    /** Days on which New York's or Berlin's clocks jump, so that times without an offset meet a gap or an overlap. */
    private static final List<String> CLOCK_CHANGES = List.of("2026-03-08", "2026-11-01", "2026-03-29", "2026-10-25");

    /** How the offset is written after the time. */
    enum OffsetForm { NONE, Z, COLON, COMPACT, SPACED }

    record Written(String text, char separator, OffsetForm offset, ZoneId zone) {
        @Override
        public String toString() {
            return "\"" + text + "\" in " + zone;
        }
    }

    /** Mostly {@code usual}, one try in ten {@code odd}. */
    private static Gen<Integer> mostly(Gen<Integer> usual, Gen<Integer> odd) {
        return Generate.frequency(List.of(Pair.of(9, usual), Pair.of(1, odd)));
    }

    private static String twoDigits(int n) {
        return String.format("%02d", n);
    }

    /** {@code yyyy-MM-dd} with a day of 1 to 31 in any month, now and then month 0 or 13, or day 0. */
    private static Gen<String> days() {
        Gen<Integer> years = mostly(integers().between(1900, 2100), integers().between(0, 9999));
        Gen<Integer> months = mostly(integers().between(1, 12), integers().between(0, 13));
        Gen<Integer> days = mostly(integers().between(1, 31), integers().between(0, 31));
        Gen<String> random = in -> String.format("%04d-%02d-%02d", years.generate(in), months.generate(in),
                days.generate(in));
        return Generate.frequency(List.of(Pair.of(9, random), Pair.of(1, arbitrary().pick(CLOCK_CHANGES))));
    }

    /** {@code yyyy-MM-dd} of a day that does not exist: day 0, month 0 or 13, or past the month's end. */
    private static Gen<String> noSuchDays() {
        Gen<Integer> years = integers().between(0, 9999);
        Gen<Integer> months = integers().between(1, 12);
        Gen<Integer> ways = integers().between(1, 3);
        Gen<Integer> pastTheEnd = integers().between(1, 3);
        return in -> {
            int year = years.generate(in);
            int month = months.generate(in);
            return switch (ways.generate(in)) {
                case 1 -> String.format("%04d-%02d-00", year, month);
                case 2 -> String.format("%04d-%s-%02d", year, month % 2 == 0 ? "00" : "13", month);
                default -> String.format("%04d-%02d-%02d", year, month,
                        YearMonth.of(year, month).lengthOfMonth() + pastTheEnd.generate(in));
            };
        };
    }

    /** {@code HH:mm:ss}, often at 1 to 3 h when clocks change, now and then hour 24 to 29 or a minute or second of 60 to 69. */
    private static Gen<String> times() {
        Gen<Integer> hours = Generate.frequency(List.of(Pair.of(7, integers().between(0, 23)),
                Pair.of(2, integers().between(1, 3)), Pair.of(1, integers().between(0, 29))));
        Gen<Integer> minutes = mostly(integers().between(0, 59), integers().between(0, 69));
        return in -> twoDigits(hours.generate(in)) + ":" + twoDigits(minutes.generate(in)) + ":"
                + twoDigits(minutes.generate(in));
    }

    /** Nothing, or '.' and 1 to 9 digits, many of them zeros. */
    private static Gen<String> fractions() {
        Gen<Integer> counts = integers().between(0, 9);
        Gen<Character> digits = Generate.frequency(List.of(Pair.of(1, Generate.constant('0')),
                Pair.of(1, Generate.characters('0', '9'))));
        return in -> {
            int count = counts.generate(in);
            StringBuilder b = new StringBuilder(count == 0 ? "" : ".");
            for (int i = 0; i < count; i++) {
                b.append(digits.generate(in));
            }
            return b.toString();
        };
    }

    /** An offset as {@code form} writes it. */
    private static String offset(OffsetForm form, String sign, int hours, int minutes) {
        String hh = twoDigits(hours);
        String mm = twoDigits(minutes);
        return switch (form) {
            case NONE -> "";
            case Z -> "Z";
            case COLON -> sign + hh + ":" + mm;
            case COMPACT -> sign + hh + mm;
            case SPACED -> " " + sign + hh + mm;
        };
    }

    /**
     * Date-times on the given days in every shape DateReader reads by hand, in any of the
     * zones; offsets now and then beyond ±18:00 or 59 minutes.
     */
    private static Gen<Written> dateTimes(Gen<String> days) {
        Gen<Character> separators = arbitrary().pick(List.of('T', ' '));
        Gen<String> times = times();
        Gen<String> fractions = fractions();
        Gen<OffsetForm> forms = arbitrary().enumValues(OffsetForm.class);
        Gen<String> signs = arbitrary().pick(List.of("+", "-"));
        Gen<Integer> offsetHours = mostly(integers().between(0, 18), integers().between(0, 23));
        Gen<Integer> offsetMinutes = mostly(arbitrary().pick(List.of(0, 30, 45)), integers().between(0, 69));
        Gen<ZoneId> zones = arbitrary().pick(ZONES);
        return in -> {
            char separator = separators.generate(in);
            String dateTime = days.generate(in) + separator + times.generate(in) + fractions.generate(in);
            OffsetForm form = forms.generate(in);
            if (form == OffsetForm.SPACED && separator == 'T') { // " -0400" only in Shopify's form, after a space
                form = OffsetForm.COMPACT;
            }
            String offset = offset(form, signs.generate(in), offsetHours.generate(in), offsetMinutes.generate(in));
            return new Written(dateTime + offset, separator, form, zones.generate(in));
        };
    }

    /** java.time's strict parser of the shape {@code w} is written in. */
    private static DateTimeFormatter javaTime(Written w) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE)
                .appendLiteral(w.separator()).append(DateTimeFormatter.ISO_LOCAL_TIME);
        switch (w.offset()) {
            case NONE -> { }
            case Z, COLON -> b.appendOffset("+HH:MM", "Z");
            case COMPACT -> b.appendOffset("+HHMM", "Z");
            case SPACED -> b.appendLiteral(' ').appendOffset("+HHMM", "Z");
        }
        return b.toFormatter().withResolverStyle(ResolverStyle.STRICT);
    }

    /** What java.time reads from {@code w}, or null when it reads nothing. */
    private static TemporalAccessor javaTimeRead(Written w) {
        try {
            return javaTime(w).parse(w.text());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant javaTimeInstant(Written w) {
        TemporalAccessor t = javaTimeRead(w);
        if (t == null) {
            return null;
        }
        return t.isSupported(ChronoField.OFFSET_SECONDS) ? OffsetDateTime.from(t).toInstant()
                : LocalDateTime.from(t).atZone(w.zone()).toInstant();
    }

    /** The text inside a longer line, as the CSV scanner hands a cell over. */
    private static char[] inALine(Written w) {
        return ("1001,A," + w.text() + ",dtc").toCharArray();
    }

    @Test
    void dateTimesAreReadAsJavaTimeReadsThem() {
        qt().withFixedSeed(20261120L).withExamples(5000).forAll(dateTimes(days())).checkAssert(w -> {
            DateReader reader = READERS.get(w.zone());
            char[] line = inALine(w);
            int from = 7;
            int to = from + w.text().length();
            TemporalAccessor expected = javaTimeRead(w);
            assertThat(reader.instant(line, from, to)).isEqualTo(javaTimeInstant(w));
            assertThat(reader.date(line, from, to)).isEqualTo(expected == null ? null : LocalDate.from(expected));
            assertThat(reader.instant(w.text())).isEqualTo(javaTimeInstant(w));
        });
    }

    @Test
    void aDayThatDoesNotExistIsNeverReadAsAnother() {
        qt().withFixedSeed(20261121L).withExamples(2000).forAll(dateTimes(noSuchDays())).checkAssert(w -> {
            DateReader reader = READERS.get(w.zone());
            String day = w.text().substring(0, 10);
            assertThat(reader.instant(w.text())).isNull();
            assertThat(reader.date(w.text())).isNull();
            assertThat(reader.instant(day)).isNull();
            assertThat(reader.date(day)).isNull();
        });
    }
}
