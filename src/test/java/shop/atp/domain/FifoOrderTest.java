package shop.atp.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

class FifoOrderTest {

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
    @Property(seed = "20261130", tries = 2000)
    void digitsCompareByValueThenText(@ForAll @CharRange(from = '0', to = '9') @StringLength(min = 1, max = 25) String a,
                                      @ForAll @CharRange(from = '0', to = '9') @StringLength(min = 1, max = 25) String b) {
        int byValue = new BigInteger(a).compareTo(new BigInteger(b));
        int expected = byValue != 0 ? byValue : a.compareTo(b);
        assertThat(Integer.signum(FifoOrder.compareOrderIds(a, b))).isEqualTo(Integer.signum(expected));
    }
}
