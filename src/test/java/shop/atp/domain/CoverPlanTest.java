package shop.atp.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC "Planning (`cover`)": each formula at its boundary, on shops of a few lines. */
class CoverPlanTest {

    /** The default planning with no safety days, so that the reorder point is velocity × lead time. */
    private static final Planning NO_SAFETY = Planning.defaults().withSafetyDays(
            Map.of(CoverClass.A, 0, CoverClass.B, 0, CoverClass.C, 0));

    private static Policy policy(Planning planning, Map<String, Planning> perSku) {
        Policy p = Policy.defaults();
        Map<String, SkuRules> overrides = new java.util.HashMap<>();
        perSku.forEach((sku, own) -> overrides.put(sku, p.rules().withPlanning(own)));
        return new Policy(p.defaultChannel(), p.timezone(), p.rules().withPlanning(planning), overrides, p.columns(),
                p.dateFormats());
    }

    private static List<Cover> plan(TestShop shop) {
        return CoverPlan.of(shop.analyse());
    }

    private static List<Cover> plan(TestShop shop, Planning planning) {
        return CoverPlan.of(shop.analyse(policy(planning, Map.of())));
    }

    private static Cover row(List<Cover> rows, String sku) {
        return rows.stream().filter(c -> c.sku().equals(sku)).findFirst().orElseThrow();
    }

    /** {@code units} ordered and shipped on a day inside the window: demand without any open line. */
    private static TestShop sold(TestShop shop, String sku, long units) {
        return shop.order("S-" + sku + "-" + units, sku, units, "2026-11-10", "dtc", OrderStatus.SHIPPED, units, null);
    }

    @Test
    void noDemandHasNoVelocityNoCoverAndNothingToOrder() {
        Cover c = row(plan(new TestShop().onHand("A", 5)), "A");
        assertThat(c.velocity()).isEqualByComparingTo("0");
        assertThat(c.velocity().toPlainString()).isEqualTo("0.00");
        assertThat(c.coverDays()).isNull();
        assertThat(c.stockoutDate()).isNull();
        assertThat(c.reorderPoint()).isZero();
        assertThat(c.suggestedOrder()).isZero();
        assertThat(c.coverClass()).isEqualTo(CoverClass.C);
        assertThat(c.action()).isEqualTo(CoverAction.NO_DEMAND);
    }

    @Test
    void demandCountsTheWindowDaysBeforeAsOfInAnyStatusButCancelled() {
        TestShop shop = new TestShop().onHand("A", 100)
                .order("1", "A", 1, "2026-10-27T00:00:00Z")                      // first day of the window
                .order("2", "A", 2, "2026-10-26T23:59:59.999Z")                  // the day before it
                .order("3", "A", 4, "2026-11-23T23:59:59Z", "dtc", OrderStatus.SHIPPED, 4, null)
                .order("4", "A", 8, "2026-11-20", "dtc", OrderStatus.CANCELLED, 0, null)
                .order("5", "A", 16, "2026-11-24T00:00:00Z");                    // the as-of day: not yet
        assertThat(row(plan(shop), "A").demand()).isEqualTo(5);
    }

    @Test
    void velocityIsPrintedWithTwoDecimalsRoundedHalfUp() {
        // 1 unit in 8 days = 0.125 a day
        TestShop shop = sold(new TestShop().onHand("A", 10), "A", 1);
        Planning eightDays = new Planning(8, 30, 14, Planning.defaults().safetyDays(), 20);
        assertThat(row(plan(shop, eightDays), "A").velocity().toPlainString()).isEqualTo("0.13");
    }

    @Test
    void coverExactlyAtTheLeadTimeIsNotBelowTheReorderPoint() {
        // 28 units in 28 days: 1 a day; lead time 30, no safety days: reorder point 30
        Cover atLeadTime = row(plan(sold(new TestShop().onHand("A", 30), "A", 28), NO_SAFETY), "A");
        assertThat(atLeadTime.coverDays()).isEqualTo(30);
        assertThat(atLeadTime.stockoutDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(atLeadTime.reorderPoint()).isEqualTo(30);
        assertThat(atLeadTime.suggestedOrder()).isEqualTo(14);
        assertThat(atLeadTime.action()).isEqualTo(CoverAction.ORDER_SOON);

        Cover dayShort = row(plan(sold(new TestShop().onHand("A", 29), "A", 28), NO_SAFETY), "A");
        assertThat(dayShort.coverDays()).isEqualTo(29);
        assertThat(dayShort.action()).isEqualTo(CoverAction.ORDER_NOW);
    }

    @Test
    void enoughForLeadTimeSafetyAndCycleIsOk() {
        // 1 a day; lead 30 + cycle 14 = 44 units cover the target, and incoming counts too
        assertThat(row(plan(sold(new TestShop().onHand("A", 44), "A", 28), NO_SAFETY), "A").action())
                .isEqualTo(CoverAction.OK);
        Cover withIncoming = row(plan(sold(new TestShop().onHand("A", 20), "A", 28)
                .po("PO-1", "A", 24, "2026-12-20", PoStatus.CONFIRMED), NO_SAFETY), "A");
        assertThat(withIncoming.freeIncoming()).isEqualTo(24);
        assertThat(withIncoming.coverDays()).isEqualTo(20);
        assertThat(withIncoming.suggestedOrder()).isZero();
        assertThat(withIncoming.action()).isEqualTo(CoverAction.OK);
    }

    @Test
    void reorderPointAndOrderRoundUpAndCoverRoundsDown() {
        // 10 units in 28 days; class A (the only SKU) has 14 safety days
        Cover c = row(plan(sold(new TestShop().onHand("A", 7), "A", 10)), "A");
        assertThat(c.coverDays()).isEqualTo(19);                     // 7 × 28 / 10 = 19.6
        assertThat(c.reorderPoint()).isEqualTo(16);                  // 10 × 44 / 28 = 15.7
        assertThat(c.suggestedOrder()).isEqualTo(21 - 7);            // 10 × 58 / 28 = 20.7
        assertThat(c.action()).isEqualTo(CoverAction.ORDER_NOW);
    }

    @Test
    void freeStockIsWhatTheOpenOrdersLeave() {
        TestShop shop = new TestShop().onHand("A", 10).order("1", "A", 4, "2026-11-20")
                .po("PO-1", "A", 6, "2026-12-01", PoStatus.CONFIRMED).order("2", "A", 8, "2026-11-21");
        Cover c = row(plan(shop), "A");
        assertThat(c.onHand()).isEqualTo(10);
        assertThat(c.freeOnHand()).isZero();
        assertThat(c.freeIncoming()).isEqualTo(4);
        assertThat(c.demand()).isEqualTo(12);
    }

    @Test
    void customersShortWithNoDemandInTheWindowMustBeOrderedFor() {
        TestShop shop = new TestShop().onHand("A", 0).order("1", "A", 3, "2026-09-01");
        Cover c = row(plan(shop), "A");
        assertThat(c.demand()).isZero();
        assertThat(c.shortUnits()).isEqualTo(3);
        assertThat(c.coverDays()).isNull();
        assertThat(c.suggestedOrder()).isEqualTo(3);
        assertThat(c.action()).isEqualTo(CoverAction.ORDER_NOW);
    }

    @Test
    void classCutsAtExactlyEightyAndNinetyFivePercent() {
        TestShop shop = new TestShop();
        sold(shop, "S80", 80);
        sold(shop, "S15", 15);
        sold(shop, "S05", 5);
        shop.onHand("NONE", 1);
        List<Cover> rows = plan(shop);
        assertThat(row(rows, "S80").coverClass()).isEqualTo(CoverClass.A);
        assertThat(row(rows, "S15").coverClass()).as("80 of 100 before it: not below 80 %").isEqualTo(CoverClass.B);
        assertThat(row(rows, "S05").coverClass()).as("95 of 100 before it").isEqualTo(CoverClass.C);
        assertThat(row(rows, "NONE").coverClass()).isEqualTo(CoverClass.C);

        TestShop under = new TestShop();
        sold(under, "S79", 79);
        sold(under, "S16", 16);
        sold(under, "S05", 5);
        assertThat(row(plan(under), "S16").coverClass()).as("79 before it").isEqualTo(CoverClass.A);
        assertThat(row(plan(under), "S05").coverClass()).as("95 before it").isEqualTo(CoverClass.C);
    }

    @Test
    void equalDemandIsRankedBySkuForTheClass() {
        // ten SKUs of 10 units each: the first eight by SKU hold the first 80 %
        TestShop forward = new TestShop();
        TestShop backward = new TestShop();
        for (int i = 1; i <= 10; i++) {
            sold(forward, String.format("S%02d", i), 10);
            sold(backward, String.format("S%02d", 11 - i), 10);
        }
        for (TestShop shop : List.of(forward, backward)) {
            List<Cover> rows = plan(shop);
            assertThat(row(rows, "S08").coverClass()).isEqualTo(CoverClass.A);
            assertThat(row(rows, "S09").coverClass()).isEqualTo(CoverClass.B);
            assertThat(row(rows, "S10").coverClass()).isEqualTo(CoverClass.B);
        }
    }

    @Test
    void safetyDaysFollowTheClass() {
        Planning classDays = Planning.defaults().withSafetyDays(Map.of(CoverClass.A, 28, CoverClass.B, 0, CoverClass.C, 0));
        TestShop shop = new TestShop();
        sold(shop, "BIG", 28);
        sold(shop, "SMALL", 1);
        List<Cover> rows = plan(shop, classDays);
        assertThat(row(rows, "BIG").reorderPoint()).isEqualTo(58);   // 1 a day × (30 + 28)
        assertThat(row(rows, "SMALL").coverClass()).isEqualTo(CoverClass.C);
        assertThat(row(rows, "SMALL").reorderPoint()).isEqualTo(2);  // 1/28 × 30, rounded up
    }

    @Test
    void leadTimeFromTheCatalogueBeforeTheSkuOverrideBeforeThePolicy() {
        TestShop shop = new TestShop().product("CAT", Lifecycle.ACTIVE, 60).product("OWN", Lifecycle.ACTIVE)
                .product("SHOP", Lifecycle.ACTIVE);
        Planning own = Planning.defaults().withLeadTimeDays(45);
        List<Cover> rows = CoverPlan.of(shop.analyse(policy(Planning.defaults(), Map.of("CAT", own, "OWN", own))));
        assertThat(row(rows, "CAT").leadTimeDays()).isEqualTo(60);
        assertThat(row(rows, "OWN").leadTimeDays()).isEqualTo(45);
        assertThat(row(rows, "SHOP").leadTimeDays()).isEqualTo(30);
    }

    @Test
    void aNewProductIsPlannedOnItsLaunchAndDiscontinuedOnesAreLeftOut() {
        TestShop shop = new TestShop().newProduct("N", 100, "2026-12-20").order("1", "N", 5, "2026-11-20")
                .product("GONE", Lifecycle.DISCONTINUED).onHand("GONE", 3);
        List<Cover> rows = plan(shop);
        assertThat(rows).extracting(Cover::sku).containsExactly("N");
        Cover n = rows.get(0);
        assertThat(n.action()).isEqualTo(CoverAction.PREORDER_LAUNCH);
        assertThat(n.suggestedOrder()).isZero();
        assertThat(n.freeIncoming()).isEqualTo(95);
    }

    @Test
    void rowsAreSortedByActionThenStockoutDateThenSku() {
        TestShop shop = new TestShop().onHand("OK", 100).onHand("IDLE", 1).onHand("SOON-B", 30).onHand("SOON-A", 30)
                .onHand("NOW", 1);
        for (String sku : List.of("OK", "SOON-B", "SOON-A", "NOW")) {
            sold(shop, sku, 28);
        }
        List<Cover> rows = plan(shop, NO_SAFETY);
        assertThat(rows).extracting(Cover::sku).containsExactly("NOW", "SOON-A", "SOON-B", "OK", "IDLE");
        assertThat(rows).extracting(Cover::action).containsExactly(CoverAction.ORDER_NOW, CoverAction.ORDER_SOON,
                CoverAction.ORDER_SOON, CoverAction.OK, CoverAction.NO_DEMAND);
    }

    @Test
    void aStockoutBeyondTheYear9999HasNoDate() {
        Cover c = row(plan(sold(new TestShop().onHand("A", 1_000_000_000_000L), "A", 1)), "A");
        assertThat(c.coverDays()).isEqualTo(28_000_000_000_000L);
        assertThat(c.stockoutDate()).isNull();
        assertThat(c.velocity()).isEqualTo(new BigDecimal("0.04"));
    }
}
