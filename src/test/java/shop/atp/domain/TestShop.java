package shop.atp.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Builds small shops for domain tests in a line each: no files, no parsing. */
final class TestShop {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    /** Demand and the health measures count over the default window of 28 days before {@link #AS_OF}, in UTC. */
    private final ShopBuilder builder = new ShopBuilder().countDemandIn(DemandWindow.of(AS_OF, 28, ZoneOffset.UTC))
            .countHealthWith(Policy.defaults());
    private int line = 2;

    TestShop onHand(String sku, long units) {
        builder.addOnHand(sku, units);
        return this;
    }

    TestShop po(String po, String sku, long quantity, String expected, PoStatus status) {
        return po(po, sku, quantity, 0, expected, status);
    }

    TestShop po(String po, String sku, long quantity, long received, String expected, PoStatus status) {
        builder.addPurchaseOrderLine(new PurchaseOrderLine(po, sku, quantity, received,
                expected == null ? null : LocalDate.parse(expected), status, line++));
        return this;
    }

    TestShop order(String id, String sku, long quantity, String orderedAt) {
        return order(id, sku, quantity, orderedAt, "dtc", OrderStatus.OPEN, 0, null);
    }

    TestShop order(String id, String sku, long quantity, String orderedAt, String channel) {
        return order(id, sku, quantity, orderedAt, channel, OrderStatus.OPEN, 0, null);
    }

    TestShop order(String id, String sku, long quantity, String orderedAt, String channel, OrderStatus status,
                   long shipped, String promised) {
        OrderLine order = new OrderLine(id, sku, quantity, instant(orderedAt), channel, status, shipped,
                promised == null ? null : LocalDate.parse(promised), line++);
        builder.addOrderLine(order);
        if (builder.countsHistoryOf(order)) {
            builder.addOrderHistory(order, "", null);
        }
        return this;
    }

    TestShop product(String sku, Lifecycle lifecycle) {
        builder.addProduct(new Product(sku, sku + " title", lifecycle, 0, null));
        return this;
    }

    TestShop product(String sku, Lifecycle lifecycle, Integer leadTimeDays) {
        builder.addProduct(new Product(sku, sku + " title", lifecycle, 0, null, leadTimeDays));
        return this;
    }

    TestShop newProduct(String sku, long planned, String release) {
        builder.addProduct(new Product(sku, sku + " title", Lifecycle.NEW, planned, LocalDate.parse(release)));
        return this;
    }

    Shop build() {
        return builder.build();
    }

    Analysis analyse() {
        return analyse(Policy.defaults());
    }

    Analysis analyse(Policy policy) {
        return Analysis.of(build(), policy, AS_OF);
    }

    static Instant instant(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(text);
    }
}
