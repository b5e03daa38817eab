package shop.atp.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An exact share between 0 % and 100 %, kept as a decimal fraction: never floating point. */
public record Percent(BigDecimal fraction) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Percent {
        fraction = fraction.signum() == 0 ? BigDecimal.ZERO : fraction.stripTrailingZeros();
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a percentage must lie between 0% and 100%: " + fraction);
        }
    }

    public static Percent of(String percentNumber) {
        return new Percent(new BigDecimal(percentNumber).divide(HUNDRED));
    }

    /** floor(units × this share): whole units, rounded down. */
    public long floorOf(long units) {
        return floorOf(units, fraction);
    }

    /** floor(units × (1 − this share)). */
    public long floorOfRest(long units) {
        return floorOf(units, BigDecimal.ONE.subtract(fraction));
    }

    /**
     * floor(units × share), in whole numbers where they cannot overflow (share = digits /
     * 10^scale): findings work out a buffer per PO line, and BigDecimal arithmetic showed in
     * the profile at 200 k lines. BigDecimal otherwise.
     */
    private static long floorOf(long units, BigDecimal share) {
        int scale = share.scale();
        if (scale >= 0 && scale < POWERS_OF_TEN.length && share.precision() <= 9
                && units > -(1L << 31) && units < 1L << 31) {
            return Math.floorDiv(units * share.unscaledValue().longValue(), POWERS_OF_TEN[scale]);
        }
        return share.multiply(BigDecimal.valueOf(units)).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
            10_000_000L, 100_000_000L, 1_000_000_000L};

    /** The percentage as a plain number: 80 for 80 %, 12.5 for 12.5 %. */
    public BigDecimal percentNumber() {
        BigDecimal p = fraction.multiply(HUNDRED).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    @Override
    public String toString() {
        return percentNumber().toPlainString() + "%";
    }
}
