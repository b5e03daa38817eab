package shop.atp.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC "orders": each open order ships now, splits, or waits; split_shipments decides the advice. */
class OpenOrdersTest {

    private static Policy holding() {
        Policy p = Policy.defaults();
        return new Policy(p.defaultChannel(), p.timezone(), p.rules(), p.skuOverrides(), p.columns(), p.dateFormats(), false);
    }

    private static OpenOrder order(List<OpenOrder> orders, String id) {
        return orders.stream().filter(o -> o.orderId().equals(id)).findFirst().orElseThrow();
    }

    /** Order 1: both lines on hand. Order 2: one line on hand, one on PO-1. Order 3: on PO-1 only. */
    private static TestShop shop() {
        return new TestShop().onHand("A", 3).onHand("B", 1)
                .po("PO-1", "B", 5, "2026-12-01", PoStatus.CONFIRMED)
                .order("1", "A", 1, "2026-11-01").order("1", "B", 1, "2026-11-01")
                .order("2", "A", 2, "2026-11-02").order("2", "B", 2, "2026-11-02")
                .order("3", "B", 1, "2026-11-03");
    }

    @Test
    void eachOrderIsInTheStateItsUnitsOnHandSay() {
        List<OpenOrder> orders = OpenOrders.of(shop().analyse());
        assertThat(orders).extracting(OpenOrder::orderId).containsExactly("1", "2", "3");
        OpenOrder shipNow = order(orders, "1");
        assertThat(shipNow.state()).isEqualTo(OrderState.SHIP_NOW);
        assertThat(shipNow.lines()).isEqualTo(2);
        assertThat(shipNow.units()).isEqualTo(2);
        assertThat(shipNow.unitsOnHand()).isEqualTo(2);
        assertThat(shipNow.shipCompleteBy()).isEqualTo(TestShop.AS_OF);
        assertThat(shipNow.advice()).isEqualTo("ship now");

        OpenOrder split = order(orders, "2");
        assertThat(split.state()).isEqualTo(OrderState.SPLIT);
        assertThat(split.units()).isEqualTo(4);
        assertThat(split.unitsOnHand()).isEqualTo(2);
        assertThat(split.shipCompleteBy()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(split.advice()).isEqualTo("ship 2 units now, the rest by 2026-12-03");

        OpenOrder waiting = order(orders, "3");
        assertThat(waiting.state()).isEqualTo(OrderState.WAITING);
        assertThat(waiting.advice()).isEqualTo("wait: ships by 2026-12-03");
    }

    @Test
    void withoutSplitShipmentsASplitOrderIsHeldUntilItCanShipComplete() {
        OpenOrder split = order(OpenOrders.of(shop().analyse(holding())), "2");
        assertThat(split.state()).isEqualTo(OrderState.SPLIT);
        assertThat(split.advice()).isEqualTo("hold until 2026-12-03");
    }

    @Test
    void aLineWithNoPromiseLeavesTheOrderWithoutAShipCompleteDate() {
        TestShop shop = new TestShop().onHand("A", 1).onHand("B", 0)
                .order("1", "A", 1, "2026-11-01").order("1", "B", 1, "2026-11-01");
        OpenOrder o = OpenOrders.of(shop.analyse()).get(0);
        assertThat(o.state()).isEqualTo(OrderState.SPLIT);
        assertThat(o.shipCompleteBy()).isNull();
        assertThat(o.advice()).isEqualTo("ship 1 unit now, the rest when it arrives (no date yet)");
        assertThat(OpenOrders.of(shop.analyse(holding())).get(0).advice()).isEqualTo("hold: no date yet for the rest");
    }

    @Test
    void aPreorderLineInAMixedCartMakesItSplit() {
        TestShop shop = new TestShop().onHand("A", 1).newProduct("N", 100, "2026-12-20")
                .order("1", "A", 1, "2026-11-01").order("1", "N", 1, "2026-11-01");
        OpenOrder o = OpenOrders.of(shop.analyse()).get(0);
        assertThat(o.state()).isEqualTo(OrderState.SPLIT);
        assertThat(o.shipCompleteBy()).isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(o.advice()).isEqualTo("ship 1 unit now, the rest by 2026-12-27");
    }

    @Test
    void shippedAndCancelledLinesAreNotOpenAndTheCustomerIsKept() {
        TestShop shop = new TestShop().onHand("A", 5)
                .order("1", "A", 1, "2026-11-01", "dtc", OrderStatus.SHIPPED, 1, null)
                .order("2", "A", 1, "2026-11-01", "dtc", OrderStatus.CANCELLED, 0, null)
                .order("3", "A", 2, "2026-11-01", "dtc", OrderStatus.OPEN, 1, null);
        List<OpenOrder> orders = OpenOrders.of(shop.analyse());
        assertThat(orders).extracting(OpenOrder::orderId).containsExactly("3");
        assertThat(orders.get(0).units()).isEqualTo(1);
    }
}
