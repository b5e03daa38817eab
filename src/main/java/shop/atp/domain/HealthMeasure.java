package shop.atp.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One of the playbook's effectiveness measures (SPEC "Policy health"): a rate of order lines,
 * its alarm threshold, and whether there are enough lines to tell.
 */
public record HealthMeasure(Kind kind, long numerator, long denominator, int minLines) {

    public enum Kind {
        /** Cancelled backorder lines ÷ backorder lines: an alarm above 15 %. */
        BACKORDER_CANCELLATION_RATE("backorder_cancellation_rate", 15, true,
                "backordered lines cancelled", FindingCode.BACKORDER_CANCELLATIONS_HIGH),
        /** Preorder lines shipped by their promised date ÷ shipped preorder lines: an alarm below 90 %. */
        PREORDER_ON_TIME_RATE("preorder_on_time_rate", 90, false,
                "shipped preorder lines on time", FindingCode.PREORDERS_LATE);

        private final String word;
        private final int thresholdPercent;
        private final boolean alarmAbove;
        private final String counts;
        private final FindingCode finding;

        Kind(String word, int thresholdPercent, boolean alarmAbove, String counts, FindingCode finding) {
            this.word = word;
            this.thresholdPercent = thresholdPercent;
            this.alarmAbove = alarmAbove;
            this.counts = counts;
            this.finding = finding;
        }

        public String word() {
            return word;
        }

        public FindingCode finding() {
            return finding;
        }

        /** {@code > 15%} or {@code < 90%}: the rate that is an alarm. */
        public String threshold() {
            return (alarmAbove ? "> " : "< ") + thresholdPercent + "%";
        }

        /** {@code above 15%} or {@code below 90%}, for messages. */
        public String alarmWhen() {
            return (alarmAbove ? "above " : "below ") + thresholdPercent + "%";
        }

        /** What the numerator counts, e.g. "backordered lines cancelled". */
        public String counts() {
            return counts;
        }
    }

    public boolean enoughData() {
        return denominator >= minLines && denominator > 0;
    }

    /**
     * The rate in per cent, rounded half up to one decimal; an alarm that would print as its
     * threshold itself is rounded toward the alarm instead (15.02 % shows as 15.1, not 15.0,
     * beside "alarm"). Null without enough data.
     */
    public BigDecimal percent() {
        if (!enoughData()) {
            return null;
        }
        BigDecimal share = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100));
        BigDecimal rate = share.divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        if (alarm() && rate.compareTo(BigDecimal.valueOf(kind.thresholdPercent)) == 0) {
            rate = share.divide(BigDecimal.valueOf(denominator), 1, kind.alarmAbove ? RoundingMode.CEILING : RoundingMode.FLOOR);
        }
        return rate;
    }

    /** Beyond its threshold, compared exactly (15 % exactly is no alarm, nor 90 % exactly). */
    public boolean alarm() {
        if (!enoughData()) {
            return false;
        }
        long share = Math.multiplyExact(numerator, 100L);
        long limit = Math.multiplyExact(denominator, (long) kind.thresholdPercent);
        return kind.alarmAbove ? share > limit : share < limit;
    }

    /** {@code alarm}, {@code ok} or {@code not enough data}. */
    public String status() {
        return !enoughData() ? "not enough data" : alarm() ? "alarm" : "ok";
    }
}
