package shop.atp.output;

import java.time.LocalDate;

/**
 * Dates and times written as ISO-8601 digits straight into a row of text, for the common
 * case (years 1000–9999); the caller falls back to java.time's own text otherwise. A million
 * `allocate` rows made java.time's formatter, and a String per date, a large share of the
 * write phase (bench/README, "Writing").
 */
final class IsoText {

    /** The first and last day {@link #appendEpochDay} writes: years 1000 to 9999. */
    static final long FIRST_DAY = LocalDate.of(1000, 1, 1).toEpochDay();
    static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private IsoText() {
    }

    /** Appends {@code date} as {@code yyyy-MM-dd} and returns true; false (nothing appended) for a year outside 1000–9999. */
    static boolean appendDate(StringBuilder b, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return false;
        }
        yearMonthDay(b, year, date.getMonthValue(), date.getDayOfMonth());
        return true;
    }

    /**
     * Appends the day {@code epochDay} days after 1970-01-01 as {@code yyyy-MM-dd}, for a day
     * from {@link #FIRST_DAY} to {@link #LAST_DAY}; arithmetic only (H. Hinnant's
     * civil_from_days), no LocalDate made per row.
     */
    static void appendEpochDay(StringBuilder b, long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        int dayOfEra = (int) (z - era * 146_097);
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        yearMonthDay(b, yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }

    private static void yearMonthDay(StringBuilder b, long year, int month, int day) {
        b.append(year).append('-');
        two(b, month).append('-');
        two(b, day);
    }

    /** Appends {@code hh:mm:ss}, then the fraction when there is one. */
    static void appendTime(StringBuilder b, int secondOfDay, int nano) {
        two(b, secondOfDay / 3600).append(':');
        two(b, secondOfDay / 60 % 60).append(':');
        two(b, secondOfDay % 60);
        fraction(b, nano);
    }

    /** Nothing for 0, else '.' and the nanoseconds' digits without trailing zeros, as ISO_LOCAL_TIME writes them. */
    private static void fraction(StringBuilder b, int nano) {
        if (nano == 0) {
            return;
        }
        int digits = 9;
        for (int rest = nano; rest % 10 == 0; rest /= 10) {
            digits--;
        }
        b.append('.');
        for (int unit = 100_000_000; digits > 0; unit /= 10, digits--) {
            b.append((char) ('0' + nano / unit % 10));
        }
    }

    private static StringBuilder two(StringBuilder b, int value) {
        return b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
