package shop.atp.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** The whole-number shortcut of Percent gives what exact decimal arithmetic gives. */
class PercentProperties {

    private static long exact(long units, BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(units)).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    @Test
    void floorsMatchDecimalArithmetic() {
        qt().withFixedSeed(20261201L).withExamples(2000)
                .forAll(integers().between(0, 100_000), longs().between(-5_000_000_000L, 5_000_000_000L))
                .checkAssert((tenThousandths, units) -> {
            BigDecimal fraction = BigDecimal.valueOf(tenThousandths, 5);
            Percent p = new Percent(fraction);
            assertThat(p.floorOf(units)).isEqualTo(exact(units, p.fraction()));
            assertThat(p.floorOfRest(units)).isEqualTo(exact(units, BigDecimal.ONE.subtract(p.fraction())));
        });
    }

    @Test
    void theLargestUnitsEitherSide() {
        Percent half = new Percent(new BigDecimal("0.5"));
        for (long units : new long[]{Long.MIN_VALUE, Long.MIN_VALUE + 1, -(1L << 31), (1L << 31) - 1, 1L << 31,
                Long.MAX_VALUE}) {
            assertThat(half.floorOf(units)).as("%d", units).isEqualTo(exact(units, half.fraction()));
            assertThat(half.floorOfRest(units)).as("%d", units).isEqualTo(exact(units, half.fraction()));
        }
    }

    @Test
    void aShareWithManyDigitsTakesTheExactPath() {
        qt().withFixedSeed(20261202L).withExamples(300).forAll(longs().between(0, 1_000_000_000_000L)).checkAssert(units -> {
            Percent p = Percent.of("33.333333333333");
            assertThat(p.floorOf(units)).isEqualTo(exact(units, p.fraction()));
            assertThat(p.floorOfRest(units)).isEqualTo(exact(units, BigDecimal.ONE.subtract(p.fraction())));
        });
    }
}
