package shop.atp.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows find their SKU's facts with the SKU as the shop knows it or by text alike: the same shop either way. */
class ShopBuilderTest {

    private static OrderLine order(String id, String sku, String at, int line) {
        return new OrderLine(id, sku, 2, Instant.parse(at), "dtc", OrderStatus.OPEN, 0, null, line);
    }

    private static PurchaseOrderLine po(String number, String sku, int line) {
        return new PurchaseOrderLine(number, sku, 5, 0, LocalDate.of(2026, 12, 1), PoStatus.CONFIRMED, line);
    }

    /** A row of one SKU, added by text, or with the SKU as the builder knows it when there is one. */
    private interface Row {
        void addTo(ShopBuilder builder, ShopBuilder.KnownSku known);
    }

    /**
     * Numbers as a reader gives them: in first-named order, with gaps where a SKU's only rows
     * were invalid, and some rows added by text only.
     */
    @Test
    void numberedRowsBuildWhatRowsByTextBuild() {
        Random random = new Random(20261201);
        List<String> skus = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> skuOfRow = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String sku = "SKU-" + random.nextInt(800);
            int line = i + 2;
            skuOfRow.add(sku);
            switch (random.nextInt(4)) {
                case 0 -> rows.add((b, k) -> {
                    if (k == null) {
                        b.addOnHand(new String(sku), line % 7 - 2);
                    } else {
                        b.addOnHand(k, line % 7 - 2);
                    }
                });
                case 1 -> rows.add((b, k) -> {
                    PurchaseOrderLine po = po("PO-" + line, new String(sku), line);
                    if (k == null) {
                        b.addPurchaseOrderLine(po);
                    } else {
                        b.addPurchaseOrderLine(k, po);
                    }
                });
                case 2 -> rows.add((b, k) -> {
                    Product product = new Product(new String(sku), "title " + line, Lifecycle.ACTIVE, 0, null);
                    if (k == null) {
                        b.addProduct(product);
                    } else {
                        b.addProduct(k, product);
                    }
                });
                default -> rows.add((b, k) -> {
                    OrderLine order = order(String.valueOf(10_000 - line), new String(sku), "2026-11-" + (10 + line % 15) + "T10:00:00Z", line);
                    if (k == null) {
                        b.addOrderLine(order);
                    } else {
                        b.addOrderLine(k, order);
                    }
                });
            }
        }
        ShopBuilder byText = new ShopBuilder();
        rows.forEach(r -> r.addTo(byText, null));
        ShopBuilder byKnown = new ShopBuilder();
        for (int i = 0; i < rows.size(); i++) {
            if (random.nextInt(20) == 0) {
                byKnown.known("named only by an invalid row " + i);
            }
            boolean byTextToo = random.nextInt(10) == 0;
            rows.get(i).addTo(byKnown, byTextToo ? null : byKnown.known(new String(skuOfRow.get(i))));
        }
        assertThat(byKnown.build()).isEqualTo(byText.build());
    }

    @Test
    void aSkuOfAnotherRowKeepsWhatCameFirst() {
        ShopBuilder b = new ShopBuilder();
        ShopBuilder.KnownSku a = b.known("A");
        b.addOnHand(a, 3);
        b.addPurchaseOrderLine(a, po("PO-1", "A", 2));
        b.addOrderLine(a, order("1002", "A", "2026-11-20T10:00:00Z", 2));
        b.addProduct(a, new Product("A", "first title", Lifecycle.ACTIVE, 0, null));
        b.addOnHand(a, 4);
        b.addPurchaseOrderLine(a, po("PO-2", "A", 3));
        b.addOrderLine(a, order("1001", "A", "2026-11-19T10:00:00Z", 3));
        b.addOrderLine(b.known("U"), order("1003", "U", "2026-11-21T10:00:00Z", 4));
        assertThat(b.addProduct(a, new Product("A", "later title", Lifecycle.ACTIVE, 0, null))).isFalse();
        Shop shop = b.build();

        assertThat(shop.skus()).extracting(SkuFacts::sku).containsExactly("A", "U");
        SkuFacts aFacts = shop.sku("A");
        SkuFacts u = shop.sku("U");
        assertThat(aFacts.onHand()).isEqualTo(7);
        assertThat(aFacts.committed()).isEqualTo(4);
        assertThat(u.committed()).isEqualTo(2);
        assertThat(aFacts.firstOrder().orderId()).isEqualTo("1001");
        assertThat(u.firstOrder().orderId()).isEqualTo("1003");
        assertThat(aFacts.firstPo().poNumber()).isEqualTo("PO-1");
        assertThat(aFacts.title()).isEqualTo("first title");
        assertThat(aFacts.incomingLines()).extracting(PurchaseOrderLine::poNumber).containsExactly("PO-1", "PO-2");
        assertThat(aFacts.openLines()).extracting(OrderLine::orderId).containsExactly("1001", "1002");
        assertThat(u.openLines()).extracting(OrderLine::orderId).containsExactly("1003");
        assertThat(aFacts.onHandListed()).isTrue();
        assertThat(u.onHandListed()).isFalse();
    }

    /**
     * A SKU's open lines come out in FIFO order and its first order is the FIFO-first, however
     * the rows came (in order, out of order, several in one second with fractions and ids
     * deciding) and whether one builder read them or two read a part each and were joined:
     * each the same as a stable sort of the lines in file order would give.
     */
    @Test
    void openLinesInFifoOrderAndTheFirstOrderHoweverTheRowsCame() {
        Random random = new Random(20261202);
        for (int round = 0; round < 300; round++) {
            int skus = 1 + random.nextInt(4);
            boolean inOrder = random.nextBoolean();
            List<OrderLine> lines = new ArrayList<>();
            long second = 1_795_000_000L;
            for (int i = 0; i < 1 + random.nextInt(40); i++) {
                second += inOrder ? random.nextInt(3) : random.nextInt(5) - 2;
                Instant at = Instant.ofEpochSecond(second, random.nextBoolean() ? 0 : random.nextInt(3) * 300_000_000L);
                String id = random.nextInt(4) == 0 ? "A-" + random.nextInt(9) : String.valueOf(1000 + random.nextInt(50));
                OrderStatus status = random.nextInt(5) == 0 ? OrderStatus.SHIPPED : OrderStatus.OPEN;
                lines.add(new OrderLine(id, "SKU-" + random.nextInt(skus), 1, at, "dtc", status, 0, null, i + 2));
            }
            ShopBuilder whole = new ShopBuilder();
            lines.forEach(whole::addOrderLine);
            int cut = random.nextInt(lines.size() + 1);
            ShopBuilder first = new ShopBuilder();
            ShopBuilder rest = new ShopBuilder();
            lines.subList(0, cut).forEach(first::addOrderLine);
            lines.subList(cut, lines.size()).forEach(rest::addOrderLine);
            first.merge(rest);
            for (Shop shop : List.of(whole.build(), first.build())) {
                for (SkuFacts facts : shop.skus()) {
                    List<OrderLine> ofSku = lines.stream().filter(l -> l.sku().equals(facts.sku())).toList();
                    List<OrderLine> open = new ArrayList<>(ofSku.stream().filter(OrderLine::needsStock).toList());
                    open.sort(FifoOrder.LINES);
                    assertThat(facts.openLines()).as("round %d, %s", round, facts.sku()).containsExactlyElementsOf(open);
                    assertThat(facts.firstOrder()).isSameAs(ofSku.stream().min(FifoOrder.LINES).orElseThrow());
                }
            }
        }
    }
}
