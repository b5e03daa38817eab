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
        return fraction.multiply(BigDecimal.valueOf(units)).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** floor(units × (1 − this share)). */
    public long floorOfRest(long units) {
        return BigDecimal.ONE.subtract(fraction).multiply(BigDecimal.valueOf(units))
                .setScale(0, RoundingMode.FLOOR).longValueExact();
    }

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
