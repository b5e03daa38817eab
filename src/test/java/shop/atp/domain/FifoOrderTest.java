package shop.atp.domain;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

class FifoOrderTest {

    private static final Gen<String> DIGITS = strings().betweenCodePoints('0', '9').ofLengthBetween(1, 25);

    @Test
    void idsOfDigitsSortByValueBeforeOtherIds() {
        assertThat(FifoOrder.compareOrderIds("9", "10")).isNegative();
        assertThat(FifoOrder.compareOrderIds("1002", "999")).isPositive();
        assertThat(FifoOrder.compareOrderIds("999", "#1001")).isNegative();
        assertThat(FifoOrder.compareOrderIds("#1001", "#1002")).isNegative();
        assertThat(FifoOrder.compareOrderIds("113-1", "113-1")).isZero();
    }

    @Test
    void leadingZerosCountOnlyWhenTheValuesAreEqual() {
        assertThat(FifoOrder.compareOrderIds("007", "8")).isNegative();
        assertThat(FifoOrder.compareOrderIds("007", "7")).isNegative();
        assertThat(FifoOrder.compareOrderIds("7", "007")).isPositive();
        assertThat(FifoOrder.compareOrderIds("0", "000")).isNegative();
    }

    /** Ids of digits: by value, then as text. */
    @Test
    void digitsCompareByValueThenText() {
        qt().withFixedSeed(20261130L).withExamples(2000).forAll(DIGITS, DIGITS).checkAssert((a, b) -> {
            int byValue = new BigInteger(a).compareTo(new BigInteger(b));
            int expected = byValue != 0 ? byValue : a.compareTo(b);
            assertThat(Integer.signum(FifoOrder.compareOrderIds(a, b))).isEqualTo(Integer.signum(expected));
        });
    }
}
