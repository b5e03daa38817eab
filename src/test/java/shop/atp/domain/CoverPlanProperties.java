package shop.atp.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * `cover`'s invariants on the random small shops of {@link AllocationProperties} (fixed
 * seeds): free stock and short units agree with the allocation, each action follows its
 * rule, a SKU with more demand never has a lower class, and nothing depends on row order.
 */
class CoverPlanProperties {

    private static List<Cover> plan(AllocationProperties.RandomShop shop, Random shuffle) {
        return CoverPlan.of(Analysis.of(shop.build(shuffle), Policy.defaults(), TestShop.AS_OF));
    }

    @Test
    void freeStockAndShortUnitsAgreeWithTheAllocationAndEachActionFollowsItsRule() {
        qt().withFixedSeed(20261201L).withExamples(400).forAll(AllocationProperties.SHOPS).checkAssert(random -> {
            Analysis analysis = Analysis.of(random.build(null), Policy.defaults(), TestShop.AS_OF);
            for (Cover c : CoverPlan.of(analysis)) {
                SkuPicture sku = analysis.sku(c.sku());
                long servedFromOnHand = sku.allocation().pieces().stream().filter(p -> p.kind() == SourceKind.ON_HAND)
                        .mapToLong(Piece::quantity).sum();
                long served = sku.allocation().pieces().stream().filter(p -> p.state() != PieceState.SHORT)
                        .mapToLong(Piece::quantity).sum();
                assertThat(c.freeOnHand() + servedFromOnHand).isEqualTo(Math.max(0, c.onHand()));
                assertThat(c.shortUnits() + served).isEqualTo(sku.facts().committed());
                assertThat(c.coverDays() == null).isEqualTo(c.demand() == 0);
                switch (c.action()) {
                    case PREORDER_LAUNCH -> assertThat(sku.isNew()).isTrue();
                    case NO_DEMAND -> assertThat(c.demand() + c.shortUnits()).isZero();
                    case ORDER_NOW -> {
                        assertThat(c.suggestedOrder()).isPositive();
                        assertThat(c.freeOnHand() + c.freeIncoming() < c.reorderPoint() || c.shortUnits() > 0).isTrue();
                    }
                    case ORDER_SOON -> assertThat(c.freeOnHand() + c.freeIncoming()).isGreaterThanOrEqualTo(c.reorderPoint());
                    case OK -> assertThat(c.suggestedOrder()).isZero();
                }
                if (!sku.isNew()) {
                    assertThat(c.suggestedOrder()).isGreaterThanOrEqualTo(c.shortUnits());
                }
            }
        });
    }

    @Test
    void moreDemandNeverMeansALowerClass() {
        qt().withFixedSeed(20261202L).withExamples(400).forAll(AllocationProperties.SHOPS).checkAssert(random -> {
            List<Cover> rows = plan(random, null);
            for (Cover a : rows) {
                for (Cover b : rows) {
                    if (a.demand() > b.demand()) {
                        assertThat(a.coverClass()).isLessThanOrEqualTo(b.coverClass());
                    }
                }
            }
        });
    }

    @Test
    void theRowsDoNotDependOnTheOrderOfTheInputRows() {
        qt().withFixedSeed(20261203L).withExamples(300).forAll(AllocationProperties.SHOPS).checkAssert(random ->
                assertThat(plan(random, new Random(7))).isEqualTo(plan(random, null)));
    }
}
