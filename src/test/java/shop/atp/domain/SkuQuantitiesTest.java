package shop.atp.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HARDENING W5: available is exact or an error, never a number that wrapped around. */
class SkuQuantitiesTest {

    @Test
    void availableThatCannotBeCountedExactlyIsAnError() {
        long big = 4_700_000_000_000_000_000L;
        // when counted, before anything is printed: a table's header must not go out before the error (review of W5)
        assertThatThrownBy(() -> new SkuQuantities("A", "", big, big, 1, null))
                .isInstanceOf(ArithmeticException.class).hasMessage("available of A: long overflow");
        assertThatThrownBy(() -> new SkuQuantities("A", "", -big, -big, big, null))
                .isInstanceOf(ArithmeticException.class);
        assertThat(new SkuQuantities("A", "", 5, 3, 10, null).available()).isEqualTo(-2);
    }

    /** Sums over PO lines (the buffer check, what a channel may sell) are exact or an error too. */
    @Test
    void sumsOverPoLinesThatCannotBeCountedExactlyAreAnError() {
        long half = Long.MAX_VALUE / 2 + 1;
        TestShop shop = new TestShop().onHand("A", 0).po("PO-1", "A", half, "2026-11-30", PoStatus.CONFIRMED)
                .po("PO-2", "A", half, "2026-11-30", PoStatus.CONFIRMED).order("1", "A", 1, "2026-11-01");
        assertThatThrownBy(() -> shop.analyse().findings()).isInstanceOf(ArithmeticException.class);
    }
}
