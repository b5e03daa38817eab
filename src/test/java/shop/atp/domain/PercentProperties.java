package shop.atp.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole-number shortcut of Percent gives what exact decimal arithmetic gives. */
class PercentProperties {

    private static long exact(long units, BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(units)).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    @Property(seed = "20261201", tries = 2000)
    void floorsMatchDecimalArithmetic(@ForAll @IntRange(min = 0, max = 100_000) int tenThousandths,
                                      @ForAll @LongRange(min = -5_000_000_000L, max = 5_000_000_000L) long units) {
        BigDecimal fraction = BigDecimal.valueOf(tenThousandths, 5);
        Percent p = new Percent(fraction);
        assertThat(p.floorOf(units)).isEqualTo(exact(units, p.fraction()));
        assertThat(p.floorOfRest(units)).isEqualTo(exact(units, BigDecimal.ONE.subtract(p.fraction())));
    }

    @net.jqwik.api.Example
    void theLargestUnitsEitherSide() {
        Percent half = new Percent(new BigDecimal("0.5"));
        for (long units : new long[]{Long.MIN_VALUE, Long.MIN_VALUE + 1, -(1L << 31), (1L << 31) - 1, 1L << 31,
                Long.MAX_VALUE}) {
            assertThat(half.floorOf(units)).as("%d", units).isEqualTo(exact(units, half.fraction()));
            assertThat(half.floorOfRest(units)).as("%d", units).isEqualTo(exact(units, half.fraction()));
        }
    }

    @Property(seed = "20261202", tries = 300)
    void aShareWithManyDigitsTakesTheExactPath(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long units) {
        Percent p = Percent.of("33.333333333333");
        assertThat(p.floorOf(units)).isEqualTo(exact(units, p.fraction()));
        assertThat(p.floorOfRest(units)).isEqualTo(exact(units, BigDecimal.ONE.subtract(p.fraction())));
    }
}
