package shop.atp.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC "receive": a PO at the dock today serves right after on hand, backorders in FIFO order. */
class DeliveryTest {

    private static final LocalDate SHIP_BY = TestShop.AS_OF.plusDays(2);

    private static Delivery receive(TestShop shop, String po, Map<String, Long> delivered) {
        Analysis analysis = shop.analyse();
        return Delivery.receive(analysis, po, Delivery.incomingLinesOf(analysis.shop(), po), delivered);
    }

    private static String picks(Delivery.DeliveredSku sku) {
        StringBuilder b = new StringBuilder();
        for (Delivery.Pick p : sku.picks()) {
            b.append(p.state()).append(' ').append(p.order().orderId()).append(' ').append(p.quantity()).append(' ')
                    .append(p.position()).append('/').append(p.queueSize()).append(' ').append(p.promisedDate()).append('\n');
        }
        return b.toString();
    }

    /** 2 on hand; three waiting lines; PO-2 (late, so it would serve first) and PO-1 behind it. */
    private static TestShop shop() {
        return new TestShop().onHand("A", 2)
                .po("PO-2", "A", 3, "2026-11-20", PoStatus.CONFIRMED)
                .po("PO-1", "A", 5, "2026-12-10", PoStatus.CONFIRMED)
                .order("1", "A", 2, "2026-11-01")
                .order("2", "A", 3, "2026-11-02")
                .order("3", "A", 2, "2026-11-03")
                .order("4", "A", 1, "2026-11-04");
    }

    @Test
    void anExactDeliveryFillsTheWaitingLinesInFifoOrderBeforeEveryOtherPo() {
        Delivery d = receive(shop(), "PO-1", Map.of());
        Delivery.DeliveredSku a = d.skus().get(0);
        assertThat(a.expected()).isEqualTo(5);
        assertThat(a.delivered()).isEqualTo(5);
        assertThat(picks(a)).isEqualTo("PICK 2 3 1/3 " + SHIP_BY + "\nPICK 3 2 2/3 " + SHIP_BY + "\n");
        assertThat(a.leftForStock()).isZero();
        assertThat(a.debtRepaid()).isZero();
    }

    @Test
    void aShortDeliveryNamesTheLinesThatNoLongerGetUnits() {
        Delivery.DeliveredSku a = receive(shop(), "PO-1", Map.of("A", 2L)).skus().get(0);
        assertThat(picks(a)).isEqualTo("PICK 2 2 1/3 " + SHIP_BY + "\n"
                + "SHORT 2 1 1/3 null\n"
                + "SHORT 3 2 2/3 null\n");
        assertThat(a.leftForStock()).isZero();
    }

    @Test
    void anOverDeliveryFillsMoreLinesAndLeavesTheRestForStock() {
        Delivery.DeliveredSku a = receive(shop(), "PO-1", Map.of("A", 9L)).skus().get(0);
        assertThat(picks(a)).isEqualTo("PICK 2 3 1/3 " + SHIP_BY + "\nPICK 3 2 2/3 " + SHIP_BY + "\nPICK 4 1 3/3 "
                + SHIP_BY + "\n");
        assertThat(a.leftForStock()).isEqualTo(3);
    }

    @Test
    void aPoOfSeveralSkusIsReceivedSkuBySkuInFileOrder() {
        TestShop shop = shop().po("PO-1", "B", 4, "2026-12-10", PoStatus.CONFIRMED).order("5", "B", 1, "2026-11-05");
        Delivery d = receive(shop, "PO-1", Map.of());
        assertThat(d.skus()).extracting(Delivery.DeliveredSku::sku).containsExactly("A", "B");
        assertThat(picks(d.skus().get(1))).isEqualTo("PICK 5 1 1/1 " + SHIP_BY + "\n");
        assertThat(d.skus().get(1).leftForStock()).isEqualTo(3);
        assertThat(d.units()).isEqualTo(9);
    }

    @Test
    void theDeliveryRepaysANegativeOnHandBeforeAnyOrder() {
        TestShop shop = new TestShop().onHand("A", -2).po("PO-1", "A", 5, "2026-12-10", PoStatus.CONFIRMED)
                .order("1", "A", 2, "2026-11-01");
        Delivery.DeliveredSku a = receive(shop, "PO-1", Map.of()).skus().get(0);
        assertThat(a.debtRepaid()).isEqualTo(2);
        assertThat(picks(a)).isEqualTo("PICK 1 2 1/1 " + SHIP_BY + "\n");
        assertThat(a.leftForStock()).isEqualTo(1);
    }

    @Test
    void aLineWithoutWaitingOrdersGoesToStockAndOnlyIncomingLinesCount() {
        TestShop shop = new TestShop().onHand("A", 10).po("PO-1", "A", 5, 2, "2026-12-10", PoStatus.IN_TRANSIT)
                .po("PO-1", "B", 5, 5, "2026-12-10", PoStatus.RECEIVED).order("1", "A", 2, "2026-11-01");
        Delivery d = receive(shop, "PO-1", Map.of());
        assertThat(d.skus()).hasSize(1);
        assertThat(d.skus().get(0).expected()).isEqualTo(3);
        assertThat(d.skus().get(0).picks()).isEmpty();
        assertThat(d.skus().get(0).leftForStock()).isEqualTo(3);
        assertThat(Delivery.incomingLinesOf(shop.build(), "PO-9")).isEmpty();
    }

    @Test
    void twoLinesOfOneSkuAreFilledInFileOrderAndTheLastTakesWhatIsOver() {
        TestShop shop = new TestShop().onHand("A", 0).po("PO-1", "A", 2, "2026-12-10", PoStatus.CONFIRMED)
                .po("PO-1", "A", 2, "2026-12-12", PoStatus.CONFIRMED).order("1", "A", 5, "2026-11-01");
        Delivery.DeliveredSku a = receive(shop, "PO-1", Map.of("A", 5L)).skus().get(0);
        assertThat(picks(a)).isEqualTo("PICK 1 5 1/1 " + SHIP_BY + "\n");
        assertThat(a.expected()).isEqualTo(4);
        assertThat(a.leftForStock()).isZero();
        List<Delivery.Pick> shortBy = receive(shop, "PO-1", Map.of("A", 1L)).skus().get(0).picks();
        assertThat(shortBy).extracting(Delivery.Pick::state, Delivery.Pick::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Delivery.PickState.PICK, 1L),
                        org.assertj.core.groups.Tuple.tuple(Delivery.PickState.SHORT, 3L));
    }
}
