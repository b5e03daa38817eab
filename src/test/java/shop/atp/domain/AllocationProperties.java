package shop.atp.domain;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The allocation's invariants on random small shops (fixed seeds, so CI runs the same tries):
 * every open unit is allocated or short exactly once, no source gives more than it holds,
 * SHORT only once supply is exhausted, FIFO never promises a later line an earlier date, and
 * the result does not depend on the order of the input rows beyond the FIFO key.
 */
class AllocationProperties {

    private static final LocalDate AS_OF = TestShop.AS_OF;
    static final List<String> SKUS = List.of("A", "B", "N");

    record RandomShop(Map<String, Long> onHand, List<PurchaseOrderLine> pos, List<OrderLine> orders, long planned) {

        Shop build(Random shuffle) {
            ShopBuilder b = new ShopBuilder().countDemandIn(DemandWindow.of(AS_OF, 28, java.time.ZoneOffset.UTC));
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

    static final Gen<RandomShop> SHOPS = shops();

    private static Gen<RandomShop> shops() {
        Gen<String> sku = arbitrary().pick(SKUS);
        Gen<Map<String, Long>> onHand = lists().of(longs().between(-4, 12)).ofSize(SKUS.size())
                .map(units -> {
                    Map<String, Long> m = new HashMap<>();
                    for (int i = 0; i < SKUS.size(); i++) {
                        m.put(SKUS.get(i), units.get(i));
                    }
                    return m;
                });
        Gen<Long> poQuantity = longs().between(0, 12);
        Gen<Long> poReceived = longs().between(0, 14);
        Gen<Optional<Integer>> poDays = integers().between(-10, 25).toOptionals(20);
        Gen<PoStatus> poStatus = arbitrary().enumValues(PoStatus.class);
        Gen<PurchaseOrderLine> po = in -> {
            String s = sku.generate(in);
            long q = poQuantity.generate(in);
            long r = poReceived.generate(in);
            LocalDate expected = poDays.generate(in).map(AS_OF::plusDays).orElse(null);
            return new PurchaseOrderLine("", s, q, Math.min(r, q + 2), expected, poStatus.generate(in), 0);
        };
        Gen<Long> orderQuantity = longs().between(0, 8);
        Gen<Integer> orderDay = integers().between(0, 4);
        Gen<OrderStatus> orderStatus = arbitrary().enumValues(OrderStatus.class);
        Gen<Long> shipped = longs().between(0, 3);
        Gen<String> channel = arbitrary().pick(List.of("dtc", "amazon", "ebay"));
        Gen<OrderLine> order = in -> {
            String s = sku.generate(in);
            long q = orderQuantity.generate(in);
            int day = orderDay.generate(in);
            OrderStatus status = orderStatus.generate(in);
            long shippedUnits = Math.min(shipped.generate(in), q);
            return new OrderLine("", s, q, AS_OF.minusDays(10 - day).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                    channel.generate(in), status, shippedUnits, null, 0);
        };
        return onHand.zip(lists().of(po).ofSizeBetween(0, 6), lists().of(order).ofSizeBetween(0, 14),
                longs().between(0, 15),
                (h, p, o, planned) -> new RandomShop(h, numberPos(p), numberOrders(o), planned));
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

    @Test
    void piecesOfALineSumToItsOpenQuantityAndAllocatedPlusShortIsCommitted() {
        qt().withFixedSeed(20261124L).withExamples(400).forAll(SHOPS).checkAssert(random -> {
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
        });
    }

    @Test
    void noSourceGivesMoreThanItHoldsAndNoUnitIsAllocatedTwice() {
        qt().withFixedSeed(20261125L).withExamples(400).forAll(SHOPS).checkAssert(random -> {
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
        });
    }

    @Test
    void shortOnlyWhenAllSupplyOfTheSkuIsUsed() {
        qt().withFixedSeed(20261126L).withExamples(400).forAll(SHOPS).checkAssert(random -> {
            Analysis analysis = analyse(random);
            for (String sku : SKUS) {
                SkuAllocation a = analysis.allocation().of(sku);
                if (a.pieces().stream().anyMatch(p -> p.state() == PieceState.SHORT)) {
                    assertThat(a.supplies()).allSatisfy(s -> assertThat(s.remaining()).isZero());
                }
            }
        });
    }

    @Test
    void fifoNeverPromisesALaterLineAnEarlierDate() {
        qt().withFixedSeed(20261127L).withExamples(400).forAll(SHOPS).checkAssert(random -> {
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
        });
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

    @Test
    void resultsDoNotDependOnRowOrder() {
        qt().withFixedSeed(20261128L).withExamples(300).forAll(SHOPS, longs().all()).checkAssert((random, shuffleSeed) -> {
            Analysis plain = analyse(random);
            Analysis shuffled = Analysis.of(random.build(new Random(shuffleSeed)), Policy.defaults(), AS_OF);
            assertThat(view(shuffled)).isEqualTo(view(plain));
            assertThat(shuffled.findings()).isEqualTo(plain.findings());
            assertThat(shuffled.decisions(Policy.defaults().channelNames())).isEqualTo(plain.decisions(Policy.defaults().channelNames()));
        });
    }

    /** Findings are made in order rather than sorted at the end: they must come out as SPEC sorts them. */
    @Test
    void findingsComeWorstFirstBySkuAndRef() {
        qt().withFixedSeed(20261130L).withExamples(300).forAll(SHOPS).checkAssert(random ->
                assertThat(analyse(random).findings()).isSortedAccordingTo(Finding.ORDER));
    }

    private static List<String> view(Analysis a) {
        return a.allocation().pieces().stream().map(r -> r.rank() + " " + view(r.piece())).toList();
    }

    private static String view(Piece p) {
        return p.order().orderId() + " " + p.order().sku() + " "
                + p.source() + " " + p.quantity() + " " + p.promisedDate() + " " + p.position() + "/" + p.queueSize()
                + " " + p.state();
    }

    @Test
    void everyDecisionIsConsistent() {
        qt().withFixedSeed(20261129L).withExamples(200).forAll(SHOPS).checkAssert(random -> {
            Analysis analysis = analyse(random);
            for (Decision d : analysis.decisions(Policy.defaults().channelNames())) {
                assertThat(d.sellable()).isNotNegative();
                if (d.status() == SaleStatus.NOTIFY_ME || d.status() == SaleStatus.OUT_OF_STOCK) {
                    assertThat(d.sellable()).isZero();
                    assertThat(d.shipBy()).isNull();
                }
                assertThat(d.reason()).isNotBlank();
            }
        });
    }
}
