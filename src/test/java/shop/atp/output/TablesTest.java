package shop.atp.output;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shop.atp.domain.OrderLine;
import shop.atp.domain.OrderStatus;
import shop.atp.domain.Piece;
import shop.atp.domain.PieceState;
import shop.atp.domain.SourceKind;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class TablesTest {

    @org.junit.jupiter.api.Test
    void thePreorderTrackerReadsLikeTheMerchantsSheet() {
        var tracker = new shop.atp.domain.PreorderTracker("NEW-BOOK", "New book", 500,
                shop.atp.domain.Percent.of("80"), 400, 275, java.time.LocalDate.of(2027, 1, 15), java.time.LocalDate.of(2027, 1, 22));
        assertThat(Summaries.preorderTrackers(java.util.List.of(tracker))).isEqualTo("""
                NEW-BOOK  New book
                  Total planned production: 500 units
                  Preorder limit (80%): 400 units
                  Preorders received: 275 units
                  Remaining preorder capacity: 125 units
                  Expected production date: 2027-01-15
                  Expected ship date: 2027-01-22
                  Status: ACCEPTING PREORDERS (125 remaining)
                """);
        var full = new shop.atp.domain.PreorderTracker("NEW-BOOK", "New book", 500,
                shop.atp.domain.Percent.of("80"), 400, 400, java.time.LocalDate.of(2027, 1, 15), java.time.LocalDate.of(2027, 1, 22));
        assertThat(Summaries.preorderTrackers(java.util.List.of(full))).contains("  Remaining preorder capacity: 0 units\n")
                .endsWith("  Status: CAP REACHED — NOTIFY ME\n");
    }

    @ParameterizedTest
    @CsvSource({"2026-11-01T00:00:00Z, UTC", "2026-11-01T10:22:13Z, America/New_York", "2026-07-01T10:22:13Z, Europe/Berlin",
            "2026-11-01T10:22:13.5Z, UTC", "2026-11-01T10:22:13Z, Asia/Kolkata", "1900-01-01T00:00:00Z, Asia/Kathmandu",
            "0999-01-01T00:00:00Z, UTC", "2026-11-20T10:00:00.100Z, UTC", "2026-11-20T10:00:00.123456789Z, Asia/Kolkata",
            "2026-11-20T10:00:00.000001Z, America/New_York", "2026-11-20T10:00:00.000000010Z, UTC",
            "1900-01-01T00:00:00.25Z, Asia/Kathmandu"})
    void orderedAtIsPrintedAsTheIsoFormatterWould(String instant, String zone) {
        Instant at = Instant.parse(instant);
        assertThat(new Timestamp(at, ZoneId.of(zone)).toString())
                .isEqualTo(OffsetDateTime.ofInstant(at, ZoneId.of(zone)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
}
