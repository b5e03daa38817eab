package shop.atp.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HARDENING W5: available is exact or an error, never a number that wrapped around. */
class SkuQuantitiesTest {

    @Test
    void availableThatCannotBeCountedExactlyIsAnError() {
        long big = 4_700_000_000_000_000_000L;
        assertThatThrownBy(() -> new SkuQuantities("A", "", big, big, 1, null).available())
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new SkuQuantities("A", "", -big, -big, big, null).available())
                .isInstanceOf(ArithmeticException.class);
        assertThat(new SkuQuantities("A", "", 5, 3, 10, null).available()).isEqualTo(-2);
    }
}
