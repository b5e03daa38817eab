package shop.atp.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each check code, firing and not firing at its boundary. */
class FindingsTest {

    private static List<Finding> findings(TestShop shop) {
        return shop.analyse().findings();
    }

    private static List<Finding> withCode(TestShop shop, String code) {
        return findings(shop).stream().filter(f -> f.code().name().equals(code)).toList();
    }

    @Test
    void oversoldNamesShortfallShortOrdersAndDebt() {
        TestShop shop = new TestShop().onHand("A", -1).po("PO-1", "A", 2, "2026-11-30", PoStatus.CONFIRMED)
                .order("7", "A", 3, "2026-11-01");
        assertThat(withCode(shop, "OVERSOLD")).extracting(Finding::severity, Finding::sku, Finding::ref, Finding::message)
                .containsExactly(tuple(Severity.ERROR, "A", "",
                        "available -2: short by 2 units; orders left SHORT: 7 (2); on-hand debt 1"));
    }

    @Test
    void availableExactlyZeroIsNotOversold() {
        TestShop shop = new TestShop().onHand("A", 3).order("1", "A", 3, "2026-11-01");
        assertThat(withCode(shop, "OVERSOLD")).isEmpty();
    }

    @Test
    void preorderCapExceededFiresAboveTheLimitNotAtIt() {
        TestShop at = new TestShop().newProduct("N", 500, "2027-01-15").order("1", "N", 400, "2026-11-01");
        assertThat(withCode(at, "PREORDER_CAP_EXCEEDED")).isEmpty();
        TestShop over = new TestShop().newProduct("N", 500, "2027-01-15").order("1", "N", 401, "2026-11-01");
        assertThat(withCode(over, "PREORDER_CAP_EXCEEDED")).extracting(Finding::message)
                .containsExactly("401 preordered, limit 400 (80% of 500): 1 over the cap");
    }

    @Test
    void backorderOnAnOpenPoIsWithoutConfirmation() {
        TestShop shop = new TestShop().po("PO-1", "A", 5, "2026-11-30", PoStatus.OPEN)
                .po("PO-2", "B", 5, "2026-11-30", PoStatus.CONFIRMED)
                .order("1", "A", 2, "2026-11-01").order("2", "B", 2, "2026-11-01");
        assertThat(withCode(shop, "BACKORDER_WITHOUT_CONFIRMED_PO"))
                .extracting(Finding::sku, Finding::ref, Finding::message)
                .containsExactly(tuple("A", "1", "2 units backordered on PO-1, which is open, not confirmed by the supplier"));
    }

    @Test
    void backorderOnADatelessOrLatePoIsWithoutConfirmation() {
        TestShop shop = new TestShop().po("PO-1", "A", 5, null, PoStatus.CONFIRMED)
                .po("PO-2", "B", 5, "2026-11-23", PoStatus.IN_TRANSIT)
                .order("1", "A", 2, "2026-11-01").order("2", "B", 2, "2026-11-01");
        assertThat(withCode(shop, "BACKORDER_WITHOUT_CONFIRMED_PO")).extracting(Finding::message)
                .containsExactly("2 units backordered on PO-1, which is without an expected date",
                        "2 units backordered on PO-2, which is late (expected 2026-11-23)");
    }

    @Test
    void backorderOnSeveralUnconfirmedPoLinesIsOneRowNamingEach() {
        TestShop shop = new TestShop().po("PO-1", "A", 2, "2026-11-30", PoStatus.OPEN)
                .po("PO-2", "A", 3, "2026-11-23", PoStatus.IN_TRANSIT)
                .po("PO-3", "A", 1, "2026-12-01", PoStatus.CONFIRMED)
                .po("PO-4", "A", 5, null, PoStatus.CONFIRMED)
                .order("1", "A", 7, "2026-11-01");
        assertThat(withCode(shop, "BACKORDER_WITHOUT_CONFIRMED_PO"))
                .extracting(Finding::sku, Finding::ref, Finding::message)
                .containsExactly(tuple("A", "1", "6 units backordered: 3 on PO-2, which is late (expected 2026-11-23); "
                        + "2 on PO-1, which is open, not confirmed by the supplier; 1 on PO-4, which is without an expected date"));
    }

    @Test
    void marketplaceBackorderForBackorderedShortAndPreorderedLines() {
        TestShop shop = new TestShop().onHand("A", 1).po("PO-1", "A", 2, "2026-11-30", PoStatus.CONFIRMED)
                .newProduct("N", 100, "2027-01-15")
                .order("1", "A", 5, "2026-11-01", "amazon")
                .order("2", "N", 1, "2026-11-01", "walmart")
                .order("3", "A", 1, "2026-11-02", "dtc");
        assertThat(withCode(shop, "MARKETPLACE_BACKORDER")).extracting(Finding::ref, Finding::message)
                .containsExactly(tuple("1", "amazon does not accept backorders: 2 units backordered, 2 units short"),
                        tuple("2", "walmart does not accept preorders: 1 unit preordered"));
    }

    @Test
    void marketplaceOrderServedFromOnHandIsFine() {
        TestShop shop = new TestShop().onHand("A", 5).order("1", "A", 5, "2026-11-01", "amazon");
        assertThat(findings(shop)).isEmpty();
    }

    @Test
    void promiseBeyondLimitFiresAt15DaysNotAt14() {
        TestShop at14 = new TestShop().po("PO-1", "A", 5, "2026-12-08", PoStatus.CONFIRMED).order("1", "A", 1, "2026-11-01");
        assertThat(withCode(at14, "PROMISE_BEYOND_LIMIT")).isEmpty();
        TestShop at15 = new TestShop().po("PO-1", "A", 5, "2026-12-09", PoStatus.CONFIRMED).order("1", "A", 1, "2026-11-01");
        assertThat(withCode(at15, "PROMISE_BEYOND_LIMIT")).extracting(Finding::severity, Finding::message)
                .containsExactly(tuple(Severity.WARNING,
                        "1 unit waits on PO-1 expected 2026-12-09 (15 days), beyond dtc's limit of 14 days"));
    }

    @Test
    void promiseBeyondLimitOnSeveralPoLinesIsOneRowNamingEach() {
        TestShop shop = new TestShop().po("PO-0", "A", 1, "2026-12-01", PoStatus.CONFIRMED)
                .po("PO-1", "A", 2, "2026-12-09", PoStatus.CONFIRMED)
                .po("PO-2", "A", 5, "2026-12-20", PoStatus.IN_TRANSIT)
                .order("1", "A", 5, "2026-11-01", "ebay");
        assertThat(withCode(shop, "PROMISE_BEYOND_LIMIT")).extracting(Finding::sku, Finding::ref, Finding::message)
                .containsExactly(tuple("A", "1", "4 units wait beyond ebay's limit of 14 days: "
                        + "2 on PO-1 expected 2026-12-09 (15 days); 2 on PO-2 expected 2026-12-20 (26 days)"));
    }

    @Test
    void poLateNamesDaysLateAndTheUnitsWaiting() {
        TestShop shop = new TestShop().po("PO-1", "A", 10, "2026-11-20", PoStatus.CONFIRMED)
                .po("PO-2", "A", 10, "2026-11-24", PoStatus.CONFIRMED)
                .order("1", "A", 3, "2026-11-01").order("2", "A", 2, "2026-11-02");
        assertThat(withCode(shop, "PO_LATE")).extracting(Finding::sku, Finding::ref, Finding::message)
                .containsExactly(tuple("A", "PO-1", "expected 2026-11-20, 4 days late; 5 units of 2 order lines waiting on it"));
    }

    @Test
    void promiseSlippedWhenTheNewDateIsLaterOrMissing() {
        TestShop shop = new TestShop().onHand("A", 1).po("PO-1", "A", 5, "2026-11-30", PoStatus.CONFIRMED)
                .order("1", "A", 1, "2026-11-01", "dtc", OrderStatus.OPEN, 0, "2026-11-24")
                .order("2", "A", 1, "2026-11-02", "dtc", OrderStatus.OPEN, 0, "2026-12-02")
                .order("3", "A", 1, "2026-11-03", "dtc", OrderStatus.OPEN, 0, "2026-12-01")
                .order("4", "B", 1, "2026-11-03", "dtc", OrderStatus.OPEN, 0, "2026-12-01");
        assertThat(withCode(shop, "PROMISE_SLIPPED")).extracting(Finding::ref, Finding::message)
                .containsExactly(tuple("3", "promised 2026-12-01, now 2026-12-02 (1 day later)"),
                        tuple("4", "promised 2026-12-01; 1 unit now has no ship date"));
    }

    @Test
    void marketplaceAndSlippedPromiseAreOneRowForALineSplitOverTwoPoLines() {
        TestShop shop = new TestShop().po("PO-1", "A", 2, "2026-11-30", PoStatus.CONFIRMED)
                .po("PO-2", "A", 5, "2026-12-05", PoStatus.CONFIRMED)
                .po("PO-3", "B", 2, "2026-11-30", PoStatus.CONFIRMED)
                .po("PO-4", "B", 5, "2026-12-05", PoStatus.CONFIRMED)
                .order("1", "A", 5, "2026-11-01", "dtc", OrderStatus.OPEN, 0, "2026-12-01")
                .order("2", "B", 5, "2026-11-01", "amazon");
        assertThat(withCode(shop, "PROMISE_SLIPPED")).extracting(Finding::ref, Finding::message)
                .containsExactly(tuple("1", "promised 2026-12-01, now 2026-12-07 (6 days later)"));
        assertThat(withCode(shop, "MARKETPLACE_BACKORDER")).extracting(Finding::ref, Finding::message)
                .containsExactly(tuple("2", "amazon does not accept backorders: 5 units backordered"));
    }

    @Test
    void bufferBreachedWhenAllocationEatsIntoTheBuffer() {
        TestShop ok = new TestShop().po("PO-1", "A", 10, "2026-11-30", PoStatus.CONFIRMED).order("1", "A", 9, "2026-11-01");
        assertThat(withCode(ok, "BUFFER_BREACHED")).isEmpty();
        TestShop breached = new TestShop().po("PO-1", "A", 10, "2026-11-30", PoStatus.CONFIRMED).order("1", "A", 10, "2026-11-01");
        assertThat(withCode(breached, "BUFFER_BREACHED")).extracting(Finding::message)
                .containsExactly("10 of 10 incoming units already allocated; the 10% buffer allows 9");
    }

    @Test
    void negativeOnHandIsAWarning() {
        assertThat(withCode(new TestShop().onHand("A", -2), "NEGATIVE_ON_HAND")).extracting(Finding::message)
                .containsExactly("on hand is -2; the first 2 units to arrive repay it before any order");
        assertThat(withCode(new TestShop().onHand("A", 0), "NEGATIVE_ON_HAND")).isEmpty();
    }

    @Test
    void unknownSkuRefersToTheFirstOrderInFifoOrderElseTheFirstPo() {
        TestShop shop = new TestShop().onHand("A", 1).product("P", Lifecycle.ACTIVE)
                .order("9", "X", 1, "2026-11-02").order("8", "X", 1, "2026-11-01", "dtc", OrderStatus.SHIPPED, 1, null)
                .po("PO-2", "Y", 1, "2026-12-01", PoStatus.CLOSED).po("PO-1", "Y", 1, "2026-12-01", PoStatus.OPEN)
                .order("1", "P", 1, "2026-11-01");
        assertThat(withCode(shop, "UNKNOWN_SKU")).extracting(Finding::sku, Finding::ref)
                .containsExactly(tuple("X", "8"), tuple("Y", "PO-2"));
    }

    @Test
    void findingsSortBySeverityCodeSkuRef() {
        TestShop shop = new TestShop().onHand("B", -1).onHand("A", -1)
                .order("1", "B", 2, "2026-11-01").order("2", "A", 2, "2026-11-01");
        assertThat(findings(shop)).extracting(f -> f.code().name(), Finding::sku)
                .containsExactly(tuple("OVERSOLD", "A"), tuple("OVERSOLD", "B"),
                        tuple("NEGATIVE_ON_HAND", "A"), tuple("NEGATIVE_ON_HAND", "B"));
    }

    @Test
    void skippedRowsAreReportedPerFile() {
        ShopBuilder b = new ShopBuilder();
        b.addFileSummary(new FileSummary("orders.csv", true, 5, 3, List.of(4, 7)));
        List<Finding> findings = Analysis.of(b.build(), Policy.defaults(), TestShop.AS_OF).findings();
        assertThat(findings).extracting(f -> f.code().name(), Finding::ref, Finding::message)
                .containsExactly(tuple("ROWS_SKIPPED", "orders.csv", "2 invalid rows left out (lines 4, 7)"));
    }
}
