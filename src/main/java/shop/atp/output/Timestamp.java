package shop.atp.output;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A moment as a cell: written in the policy's time zone as ISO_OFFSET_DATE_TIME
 * ({@code 2026-11-20T10:00:00.1-05:00}; fractions of a second only when there are any). csv
 * and tsv write its digits straight into the row ({@link #appendTo}); other formats take its
 * text.
 */
record Timestamp(Instant at, ZoneId zone) {

    /**
     * Appends the text and returns true when the offset is whole minutes and the year has four
     * digits (written by hand: bench/README, "Writing"); false, with nothing appended,
     * otherwise (then {@link #toString}).
     */
    boolean appendTo(StringBuilder b) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        if (offset.getTotalSeconds() % 60 != 0) {
            return false;
        }
        long local = at.getEpochSecond() + offset.getTotalSeconds();
        long day = Math.floorDiv(local, 86_400);
        if (day < IsoText.FIRST_DAY || day > IsoText.LAST_DAY) {
            return false;
        }
        IsoText.appendEpochDay(b, day);
        b.append('T');
        IsoText.appendTime(b, Math.floorMod(local, 86_400), at.getNano());
        b.append(offset.getId());
        return true;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(35);
        return appendTo(b) ? b.toString() : OffsetDateTime.ofInstant(at, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
