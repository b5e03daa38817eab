package shop.atp.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A file read in two parts: the later part's rows merge as if read after the first part's. */
class ShopBuilderTest {

    private static OrderLine order(String id, String sku, String at, int line) {
        return new OrderLine(id, sku, 2, Instant.parse(at), "dtc", OrderStatus.OPEN, 0, null, line);
    }

    private static PurchaseOrderLine po(String number, String sku, int line) {
        return new PurchaseOrderLine(number, sku, 5, 0, LocalDate.of(2026, 12, 1), PoStatus.CONFIRMED, line);
    }

    @Test
    void mergedPartsAddUpAndKeepWhatCameFirst() {
        ShopBuilder first = new ShopBuilder();
        first.addOnHand("A", 3);
        first.addPurchaseOrderLine(po("PO-1", "A", 2));
        first.addOrderLine(order("1002", "A", "2026-11-20T10:00:00Z", 2));
        first.addProduct(new Product("A", "first title", Lifecycle.ACTIVE, 0, null));
        ShopBuilder later = new ShopBuilder();
        later.addOnHand(new String("A"), 4);
        later.addPurchaseOrderLine(po("PO-2", new String("A"), 3));
        later.addOrderLine(order("1001", new String("A"), "2026-11-19T10:00:00Z", 3));
        later.addOrderLine(order("1003", "U", "2026-11-21T10:00:00Z", 4));
        later.addProduct(new Product("A", "later title", Lifecycle.ACTIVE, 0, null));

        first.merge(later);
        Shop shop = first.build();

        assertThat(shop.skus()).extracting(SkuFacts::sku).containsExactly("A", "U");
        SkuFacts a = shop.sku("A");
        SkuFacts u = shop.sku("U");
        assertThat(a.onHand()).isEqualTo(7);
        assertThat(a.committed()).isEqualTo(4);
        assertThat(u.committed()).isEqualTo(2);
        assertThat(a.firstOrder().orderId()).isEqualTo("1001");
        assertThat(u.firstOrder().orderId()).isEqualTo("1003");
        assertThat(a.firstPo().poNumber()).isEqualTo("PO-1");
        assertThat(a.title()).isEqualTo("first title");
        assertThat(a.incomingLines()).extracting(PurchaseOrderLine::poNumber).containsExactly("PO-1", "PO-2");
        assertThat(a.openLines()).extracting(OrderLine::orderId).containsExactly("1002", "1001");
        assertThat(u.openLines()).extracting(OrderLine::orderId).containsExactly("1003");
        assertThat(shop.openLines()).extracting(OrderLine::orderId).containsExactly("1002", "1001", "1003");
        assertThat(a.onHandListed()).isTrue();
        assertThat(u.onHandListed()).isFalse();
        assertThat(u.onHand()).isZero();
    }

    /** Rows of many SKUs, some named only before the cut and some only after it, in any split. */
    @Test
    void anyCutOfManySkusMergesToWhatOneBuilderReads() {
        java.util.Random random = new java.util.Random(20261201);
        java.util.List<java.util.function.Consumer<ShopBuilder>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String sku = "SKU-" + random.nextInt(i < 1500 ? 800 : 1600);
            int line = i + 2;
            switch (random.nextInt(4)) {
                case 0 -> rows.add(b -> b.addOnHand(new String(sku), line % 7 - 2));
                case 1 -> rows.add(b -> b.addPurchaseOrderLine(po("PO-" + line, new String(sku), line)));
                case 2 -> rows.add(b -> b.addProduct(new Product(new String(sku), "title " + line, Lifecycle.ACTIVE, 0, null)));
                default -> rows.add(b -> b.addOrderLine(order(String.valueOf(10_000 - line), new String(sku),
                        "2026-11-" + (10 + line % 15) + "T10:00:00Z", line)));
            }
        }
        ShopBuilder whole = new ShopBuilder();
        rows.forEach(r -> r.accept(whole));
        Shop expected = whole.build();
        for (int cut : new int[]{0, 1, 1000, 1500, 2999, 3000}) {
            ShopBuilder first = new ShopBuilder();
            ShopBuilder later = new ShopBuilder();
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).accept(i < cut ? first : later);
            }
            first.merge(later);
            assertThat(first.build()).as("cut at row %d", cut).isEqualTo(expected);
        }
    }
}
