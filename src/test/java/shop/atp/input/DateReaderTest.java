package shop.atp.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written fast path reads exactly what java.time's formatters read, and refuses the rest. */
class DateReaderTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final DateReader utc = new DateReader(ZoneId.of("UTC"), List.of());
    private final DateReader newYork = new DateReader(NEW_YORK, List.of());

    @ParameterizedTest
    @ValueSource(strings = {"2026-04-15T10:22:13Z", "2026-04-15T10:22:13+02:00", "2026-04-15T10:22:13.123-05:30",
            "2026-12-31T23:59:59Z", "2024-02-29T00:00:00Z"})
    void isoOffsetDateTimes(String text) {
        assertThat(utc.instant(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
        assertThat(utc.date(text)).isEqualTo(LocalDate.parse(text.substring(0, 10)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-11-20T10:00:00.100Z              | 2026-11-20T10:00:00.100Z",
            "2026-11-20T10:00:00.9+02:00           | 2026-11-20T08:00:00.900Z",
            "2026-11-20 10:00:00.123456789 -0400   | 2026-11-20T14:00:00.123456789Z",
            "2026-11-20T10:00:00.000001-04:00      | 2026-11-20T14:00:00.000001Z",
            "2026-11-20 10:00:00.5                 | 2026-11-20T10:00:00.500Z"})
    void fractionsOfASecondAreKept(String text, String instant) {
        assertThat(utc.instant(text)).isEqualTo(Instant.parse(instant));
    }

    @Test
    void linesOfOneSecondKeepTheirOwnFractions() {
        for (String text : new String[]{"2026-11-20T10:00:00.900Z", "2026-11-20T10:00:00.100Z", "2026-11-20T10:00:00Z",
                "2026-11-20T10:00:00.100Z"}) {
            assertThat(utc.instant(text)).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void shopifyAndLocalForms() {
        assertThat(utc.instant("2026-04-15 10:22:13 -0400")).isEqualTo(Instant.parse("2026-04-15T14:22:13Z"));
        assertThat(utc.instant("2026-04-15 10:22:13 +0530")).isEqualTo(Instant.parse("2026-04-15T04:52:13Z"));
        assertThat(utc.instant("2026-04-15 10:22:13")).isEqualTo(Instant.parse("2026-04-15T10:22:13Z"));
        assertThat(newYork.instant("2026-04-15T10:22:13")).isEqualTo(
                LocalDateTime.parse("2026-04-15T10:22:13").atZone(NEW_YORK).toInstant());
        assertThat(newYork.instant("2026-04-15")).isEqualTo(LocalDate.parse("2026-04-15").atStartOfDay(NEW_YORK).toInstant());
        assertThat(newYork.instant("2026-03-08T02:30:00")).as("a time skipped by daylight saving")
                .isEqualTo(LocalDateTime.parse("2026-03-08T02:30:00").atZone(NEW_YORK).toInstant());
        assertThat(utc.date("2026-04-15 23:30:00 -0400")).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-02-30T10:00:00Z", "2026-11-24T25:00:00Z", "2026-11-24T10:61:00Z",
            "2026-11-24T10:00:00+25:00", "2026-11-24T10:00:00 +0400x", "24/11/2026",
            "2026-1-5", "yesterday", "2026-11-24X10:00:00Z", "", "2026-11-2", "2026-02-30 10:22 -0400", "2026-04-31 10:22",
            "2026-02-29T10:22Z", "2026-11-24 24:00 -0400"})
    void notADate(String text) {
        assertThat(utc.instant(text)).isNull();
        assertThat(utc.date(text)).isNull();
    }

    @Test
    void theHandCountedDaysAreLocalDates() {
        for (int y = 1890; y <= 2110; y++) {
            for (int m = 0; m <= 13; m++) {
                for (int d = 0; d <= 32; d++) {
                    LocalDate expected = valid(y, m, d) ? LocalDate.of(y, m, d) : null;
                    assertThat(DateReader.epochDay(y, m, d)).as("%d-%d-%d", y, m, d)
                            .isEqualTo(expected == null ? DateReader.NO_DAY : expected.toEpochDay());
                    assertThat(utc.date(String.format("%04d-%02d-%02d", y, m, d))).isEqualTo(expected);
                }
            }
        }
    }

    private static boolean valid(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    @Test
    void extraFormatsFromThePolicy() {
        DateReader custom = new DateReader(ZoneId.of("UTC"), List.of("dd/MM/yyyy", "dd/MM/yyyy HH:mm"));
        assertThat(custom.date("24/11/2026")).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(custom.instant("24/11/2026 09:30")).isEqualTo(Instant.parse("2026-11-24T09:30:00Z"));
        assertThat(custom.instant("24/11/2026")).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(DateTimeFormatter.ISO_LOCAL_DATE.format(custom.date("2026-11-24"))).isEqualTo("2026-11-24");
        assertThat(custom.date("30/02/2026")).as("no such day, not the month's last").isNull();
        assertThat(custom.instant("31/04/2026 09:30")).isNull();
        assertThat(custom.date("29/02/2028")).isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
