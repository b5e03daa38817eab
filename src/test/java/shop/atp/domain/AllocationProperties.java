package shop.atp.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocation's invariants on random small shops (fixed seeds, so CI runs the same tries):
 * every open unit is allocated or short exactly once, no source gives more than it holds,
 * SHORT only once supply is exhausted, FIFO never promises a later line an earlier date, and
 * the result does not depend on the order of the input rows beyond the FIFO key.
 */
class AllocationProperties {

    private static final LocalDate AS_OF = TestShop.AS_OF;
    private static final List<String> SKUS = List.of("A", "B", "N");

    record RandomShop(Map<String, Long> onHand, List<PurchaseOrderLine> pos, List<OrderLine> orders, long planned) {

        /** Rows before {@code cut} (per file) into one builder, the rest into another, then merged. */
        Shop buildInTwoParts(double cut) {
            ShopBuilder first = new ShopBuilder();
            ShopBuilder later = new ShopBuilder();
            List<String> skus = new ArrayList<>(onHand.keySet());
            for (int i = 0; i < skus.size(); i++) {
                (i < cut * skus.size() ? first : later).addOnHand(new String(skus.get(i)), onHand.get(skus.get(i)));
            }
            for (int i = 0; i < pos.size(); i++) {
                PurchaseOrderLine p = pos.get(i);
                (i < cut * pos.size() ? first : later).addPurchaseOrderLine(new PurchaseOrderLine(p.poNumber(),
                        new String(p.sku()), p.quantity(), p.received(), p.expectedDate(), p.status(), i + 2));
            }
            for (int i = 0; i < orders.size(); i++) {
                OrderLine o = orders.get(i);
                (i < cut * orders.size() ? first : later).addOrderLine(new OrderLine(o.orderId(), new String(o.sku()),
                        o.quantity(), o.orderedAt(), o.channel(), o.status(), o.shipped(), o.promisedDate(), i + 2));
            }
            later.addProduct(new Product("N", "New", Lifecycle.NEW, planned, AS_OF.plusDays(40)));
            first.merge(later);
            return first.build();
        }

        Shop build(Random shuffle) {
            ShopBuilder b = new ShopBuilder();
            List<String> skus = new ArrayList<>(onHand.keySet());
            List<PurchaseOrderLine> poRows = new ArrayList<>(pos);
            List<OrderLine> orderRows = new ArrayList<>(orders);
            if (shuffle != null) {
                Collections.shuffle(skus, shuffle);
                Collections.shuffle(poRows, shuffle);
                Collections.shuffle(orderRows, shuffle);
            }
            skus.forEach(s -> b.addOnHand(s, onHand.get(s)));
            for (int i = 0; i < poRows.size(); i++) {
                PurchaseOrderLine p = poRows.get(i);
                b.addPurchaseOrderLine(new PurchaseOrderLine(p.poNumber(), p.sku(), p.quantity(), p.received(),
                        p.expectedDate(), p.status(), i + 2));
            }
            for (int i = 0; i < orderRows.size(); i++) {
                OrderLine o = orderRows.get(i);
                b.addOrderLine(new OrderLine(o.orderId(), o.sku(), o.quantity(), o.orderedAt(), o.channel(), o.status(),
                        o.shipped(), o.promisedDate(), i + 2));
            }
            b.addProduct(new Product("N", "New", Lifecycle.NEW, planned, AS_OF.plusDays(40)));
            return b.build();
        }
    }

    @Provide
    Arbitrary<RandomShop> shops() {
        Arbitrary<Map<String, Long>> onHand = Arbitraries.longs().between(-4, 12).list().ofSize(SKUS.size())
                .map(units -> {
                    Map<String, Long> m = new HashMap<>();
                    for (int i = 0; i < SKUS.size(); i++) {
                        m.put(SKUS.get(i), units.get(i));
                    }
                    return m;
                });
        Arbitrary<PurchaseOrderLine> po = Combinators.combine(Arbitraries.of(SKUS), Arbitraries.longs().between(0, 12),
                        Arbitraries.longs().between(0, 14), Arbitraries.integers().between(-10, 25).injectNull(0.2),
                        Arbitraries.of(PoStatus.values()))
                .as((sku, q, r, days, status) -> new PurchaseOrderLine("", sku, q, Math.min(r, q + 2),
                        days == null ? null : AS_OF.plusDays(days), status, 0));
        Arbitrary<OrderLine> order = Combinators.combine(Arbitraries.of(SKUS), Arbitraries.longs().between(0, 8),
                        Arbitraries.integers().between(0, 4), Arbitraries.of(OrderStatus.values()),
                        Arbitraries.longs().between(0, 3), Arbitraries.of("dtc", "amazon", "ebay"))
                .as((sku, q, day, status, shipped, channel) -> new OrderLine("", sku, q,
                        AS_OF.minusDays(10 - day).atStartOfDay().toInstant(java.time.ZoneOffset.UTC), channel, status,
                        Math.min(shipped, q), null, 0));
        return Combinators.combine(onHand, po.list().ofMaxSize(6), order.list().ofMaxSize(14),
                        Arbitraries.longs().between(0, 15))
                .as((h, p, o, planned) -> new RandomShop(h, numberPos(p), numberOrders(o), planned));
    }

    /** Unique PO numbers and order ids: row order then matters only through the FIFO key. */
    private static List<PurchaseOrderLine> numberPos(List<PurchaseOrderLine> pos) {
        List<PurchaseOrderLine> out = new ArrayList<>();
        for (int i = 0; i < pos.size(); i++) {
            PurchaseOrderLine p = pos.get(i);
            out.add(new PurchaseOrderLine("PO-" + (char) ('a' + i), p.sku(), p.quantity(), p.received(), p.expectedDate(), p.status(), 0));
        }
        return out;
    }

    private static List<OrderLine> numberOrders(List<OrderLine> orders) {
        List<OrderLine> out = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            OrderLine o = orders.get(i);
            String id = i % 3 == 0 ? "X-" + i : String.valueOf(100 - i);
            out.add(new OrderLine(id, o.sku(), o.quantity(), o.orderedAt(), o.channel(), o.status(), o.shipped(), null, 0));
        }
        return out;
    }

    private static Analysis analyse(RandomShop shop) {
        return Analysis.of(shop.build(null), Policy.defaults(), AS_OF);
    }

    @Property(seed = "20261124", tries = 400)
    void piecesOfALineSumToItsOpenQuantityAndAllocatedPlusShortIsCommitted(@ForAll("shops") RandomShop random) {
        Analysis analysis = analyse(random);
        Map<Integer, Long> byRank = analysis.allocation().pieces().stream()
                .collect(Collectors.groupingBy(RankedPiece::rank, Collectors.summingLong(r -> r.piece().quantity())));
        for (RankedPiece r : analysis.allocation().pieces()) {
            assertThat(byRank.get(r.rank())).isEqualTo(r.piece().order().openQuantity());
            assertThat(r.piece().quantity()).isPositive();
        }
        assertThat(analysis.allocation().pieces()).extracting(RankedPiece::rank).isSorted();
        for (String sku : SKUS) {
            long pieces = analysis.allocation().of(sku).pieces().stream().mapToLong(Piece::quantity).sum();
            SkuFacts facts = analysis.shop().sku(sku);
            assertThat(pieces).isEqualTo(facts == null ? 0 : facts.committed());
        }
    }

    @Property(seed = "20261125", tries = 400)
    void noSourceGivesMoreThanItHoldsAndNoUnitIsAllocatedTwice(@ForAll("shops") RandomShop random) {
        Analysis analysis = analyse(random);
        for (String sku : SKUS) {
            SkuAllocation a = analysis.allocation().of(sku);
            for (Supply s : a.supplies()) {
                assertThat(s.used()).isLessThanOrEqualTo(s.capacity());
                long fromPieces = a.pieces().stream().filter(p -> p.kind() == s.kind() && p.po() == s.po())
                        .mapToLong(Piece::quantity).sum();
                assertThat(fromPieces).isEqualTo(s.allocated());
            }
        }
    }

    @Property(seed = "20261126", tries = 400)
    void shortOnlyWhenAllSupplyOfTheSkuIsUsed(@ForAll("shops") RandomShop random) {
        Analysis analysis = analyse(random);
        for (String sku : SKUS) {
            SkuAllocation a = analysis.allocation().of(sku);
            if (a.pieces().stream().anyMatch(p -> p.state() == PieceState.SHORT)) {
                assertThat(a.supplies()).allSatisfy(s -> assertThat(s.remaining()).isZero());
            }
        }
    }

    @Property(seed = "20261127", tries = 400)
    void fifoNeverPromisesALaterLineAnEarlierDate(@ForAll("shops") RandomShop random) {
        Analysis analysis = analyse(random);
        for (String sku : SKUS) {
            Map<Integer, List<Piece>> lines = analysis.allocation().pieces().stream()
                    .filter(r -> r.piece().order().sku().equals(sku))
                    .collect(Collectors.groupingBy(RankedPiece::rank, java.util.TreeMap::new,
                            Collectors.mapping(RankedPiece::piece, Collectors.toList())));
            LocalDate latestSoFar = LocalDate.MIN;
            for (List<Piece> line : lines.values()) {
                LocalDate earliest = line.stream().map(AllocationProperties::serviceDate).min(Comparator.naturalOrder()).orElseThrow();
                assertThat(earliest).isAfterOrEqualTo(latestSoFar);
                latestSoFar = line.stream().map(AllocationProperties::serviceDate).max(Comparator.naturalOrder()).orElseThrow();
            }
        }
    }

    /**
     * When a piece's units can ship: its promised date; for a late PO, no earlier than today
     * (its date has passed); for a dateless PO, after every dated one; never for SHORT.
     */
    private static LocalDate serviceDate(Piece p) {
        if (p.state() == PieceState.SHORT) {
            return LocalDate.MAX;
        }
        if (p.promisedDate() != null) {
            return p.promisedDate();
        }
        return p.po().expectedDate() == null ? LocalDate.MAX.minusDays(1) : AS_OF;
    }

    @Property(seed = "20261128", tries = 300)
    void resultsDoNotDependOnRowOrder(@ForAll("shops") RandomShop random, @ForAll long shuffleSeed) {
        Analysis plain = analyse(random);
        Analysis shuffled = Analysis.of(random.build(new Random(shuffleSeed)), Policy.defaults(), AS_OF);
        assertThat(view(shuffled)).isEqualTo(view(plain));
        assertThat(shuffled.findings()).isEqualTo(plain.findings());
        assertThat(shuffled.decisions(Policy.defaults().channelNames())).isEqualTo(plain.decisions(Policy.defaults().channelNames()));
    }

    /** A big file is read in two parts on two cores and the parts merged: the same shop as one read. */
    @Property(seed = "20261201", tries = 300)
    void readingInTwoPartsGivesTheSameResults(@ForAll("shops") RandomShop random,
                                              @ForAll @DoubleRange(min = 0, max = 1) double cut) {
        Analysis whole = Analysis.of(random.build(null), Policy.defaults(), AS_OF);
        Analysis parts = Analysis.of(random.buildInTwoParts(cut), Policy.defaults(), AS_OF);
        assertThat(view(parts)).isEqualTo(view(whole));
        assertThat(parts.findings()).isEqualTo(whole.findings());
        assertThat(parts.decisions(Policy.defaults().channelNames())).isEqualTo(whole.decisions(Policy.defaults().channelNames()));
    }

    /** Findings are made in order rather than sorted at the end: they must come out as SPEC sorts them. */
    @Property(seed = "20261130", tries = 300)
    void findingsComeWorstFirstBySkuAndRef(@ForAll("shops") RandomShop random) {
        assertThat(analyse(random).findings()).isSortedAccordingTo(Finding.ORDER);
    }

    private static List<String> view(Analysis a) {
        return a.allocation().pieces().stream().map(r -> r.rank() + " " + view(r.piece())).toList();
    }

    private static String view(Piece p) {
        return p.order().orderId() + " " + p.order().sku() + " "
                + p.source() + " " + p.quantity() + " " + p.promisedDate() + " " + p.position() + "/" + p.queueSize()
                + " " + p.state();
    }

    @Property(seed = "20261129", tries = 200)
    void everyDecisionIsConsistent(@ForAll("shops") RandomShop random) {
        Analysis analysis = analyse(random);
        for (Decision d : analysis.decisions(Policy.defaults().channelNames())) {
            assertThat(d.sellable()).isNotNegative();
            if (d.status() == SaleStatus.NOTIFY_ME || d.status() == SaleStatus.OUT_OF_STOCK) {
                assertThat(d.sellable()).isZero();
                assertThat(d.shipBy()).isNull();
            }
            assertThat(d.reason()).isNotBlank();
        }
    }
}
