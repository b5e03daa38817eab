package shop.atp.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per step of SPEC's decision flow, for a channel that allows and one that refuses. */
class DecisionsTest {

    private static Decision decide(TestShop shop, String sku, String channel) {
        return shop.analyse().decide(sku, channel);
    }

    @Test
    void step1StockLeftOnHandIsInStockOnEveryChannel() {
        TestShop shop = new TestShop().onHand("A", 5).order("1", "A", 2, "2026-11-01");
        for (String channel : new String[]{"dtc", "amazon"}) {
            Decision d = decide(shop, "A", channel);
            assertThat(d.status()).isEqualTo(SaleStatus.IN_STOCK);
            assertThat(d.sellable()).isEqualTo(3);
            assertThat(d.shipBy()).isEqualTo(TestShop.AS_OF);
            assertThat(d.reason()).isEqualTo("3 units left on hand");
        }
    }

    @Test
    void step2DiscontinuedWithoutStockIsOutOfStockEvenWithARestock() {
        TestShop shop = new TestShop().onHand("A", 0).product("A", Lifecycle.DISCONTINUED)
                .po("PO-1", "A", 10, "2026-11-30", PoStatus.CONFIRMED);
        Decision d = decide(shop, "A", "dtc");
        assertThat(d.status()).isEqualTo(SaleStatus.OUT_OF_STOCK);
        assertThat(d.reason()).isEqualTo("discontinued");
    }

    @Test
    void step2DiscontinuedWithStockLeftStillSellsIt() {
        TestShop shop = new TestShop().onHand("A", 4).product("A", Lifecycle.DISCONTINUED);
        assertThat(decide(shop, "A", "dtc").status()).isEqualTo(SaleStatus.IN_STOCK);
    }

    @Test
    void step3NewProductTakesPreordersUpToTheCap() {
        TestShop shop = new TestShop().newProduct("N", 500, "2027-01-15").order("1", "N", 275, "2026-11-01");
        Decision d = decide(shop, "N", "dtc");
        assertThat(d.status()).isEqualTo(SaleStatus.PREORDER);
        assertThat(d.sellable()).isEqualTo(125);
        assertThat(d.shipBy()).isEqualTo(LocalDate.of(2027, 1, 22));
        assertThat(d.reason()).isEqualTo("preorders open: 125 of 400 left (80% of 500 planned)");
    }

    @Test
    void step3ChannelWithoutPreordersShowsOutOfStock() {
        TestShop shop = new TestShop().newProduct("N", 500, "2027-01-15");
        Decision d = decide(shop, "N", "amazon");
        assertThat(d.status()).isEqualTo(SaleStatus.OUT_OF_STOCK);
        assertThat(d.reason()).isEqualTo("amazon does not accept preorders");
    }

    @Test
    void step3CapExactlyReachedShowsNotifyMe() {
        TestShop shop = new TestShop().newProduct("N", 500, "2027-01-15").order("1", "N", 400, "2026-11-01");
        Decision d = decide(shop, "N", "dtc");
        assertThat(d.status()).isEqualTo(SaleStatus.NOTIFY_ME);
        assertThat(d.sellable()).isZero();
        assertThat(d.shipBy()).isNull();
        assertThat(d.reason()).isEqualTo("preorder cap reached (400 of 400 allowed, 80% of 500)");
    }

    @Test
    void step3OneBelowTheCapStillSellsOne() {
        TestShop shop = new TestShop().newProduct("N", 500, "2027-01-15").order("1", "N", 399, "2026-11-01");
        assertThat(decide(shop, "N", "dtc").sellable()).isEqualTo(1);
    }

    @Test
    void step3PreorderOnALatePoHasNoShipBy() {
        TestShop shop = new TestShop().newProduct("N", 500, "2027-01-15")
                .po("PO-1", "N", 50, "2026-11-01", PoStatus.CONFIRMED);
        Decision d = decide(shop, "N", "dtc");
        assertThat(d.status()).isEqualTo(SaleStatus.PREORDER);
        assertThat(d.shipBy()).isNull();
    }

    @Test
    void step4MarketplaceWithoutBackordersShowsOutOfStock() {
        TestShop shop = new TestShop().onHand("A", 0).po("PO-1", "A", 10, "2026-11-30", PoStatus.CONFIRMED);
        Decision d = decide(shop, "A", "amazon");
        assertThat(d.status()).isEqualTo(SaleStatus.OUT_OF_STOCK);
        assertThat(d.reason()).isEqualTo("amazon does not accept backorders");
    }

    @Test
    void step5NoConfirmedRestockIsOutOfStock() {
        TestShop shop = new TestShop().onHand("A", 0).po("PO-1", "A", 10, "2026-11-30", PoStatus.OPEN);
        Decision d = decide(shop, "A", "dtc");
        assertThat(d.status()).isEqualTo(SaleStatus.OUT_OF_STOCK);
        assertThat(d.reason()).isEqualTo("no confirmed restock");
    }

    @Test
    void step5OpenPoCountsWhenConfirmationIsNotRequired() {
        Policy policy = withRules(Policy.defaults(), r -> new SkuRules(r.fulfillmentDays(), r.incomingBuffer(),
                r.backorderMaxDays(), false, r.notifyMeMaxDays(), r.preorderCap(), r.shipAfterDays(), r.channels(), r.planning()));
        TestShop shop = new TestShop().onHand("A", 0).po("PO-1", "A", 10, "2026-11-30", PoStatus.OPEN);
        assertThat(shop.analyse(policy).decide("A", "dtc").status()).isEqualTo(SaleStatus.BACKORDER);
    }

    @Test
    void step5ConfirmedLineWithoutRoomLeftDoesNotCount() {
        TestShop shop = new TestShop().onHand("A", 0).po("PO-1", "A", 10, "2026-11-30", PoStatus.CONFIRMED)
                .order("1", "A", 9, "2026-11-01");
        Decision d = decide(shop, "A", "dtc");
        assertThat(d.status()).isEqualTo(SaleStatus.OUT_OF_STOCK);
        assertThat(d.reason()).isEqualTo("no confirmed restock with units left for new sales");
    }

    @ParameterizedTest(name = "restock in {0} days on {1} -> {2}")
    @CsvSource({
            "14, dtc, BACKORDER",
            "15, dtc, NOTIFY_ME",
            "21, dtc, NOTIFY_ME",
            "22, dtc, OUT_OF_STOCK",
            "0, dtc, BACKORDER",
            "14, ebay, BACKORDER",
            "15, ebay, NOTIFY_ME",
    })
    void steps6And7DaysToTheRestockDecide(int days, String channel, SaleStatus expected) {
        TestShop shop = new TestShop().onHand("A", 0)
                .po("PO-1", "A", 10, TestShop.AS_OF.plusDays(days).toString(), PoStatus.IN_TRANSIT);
        Decision d = decide(shop, "A", channel);
        assertThat(d.status()).isEqualTo(expected);
        if (expected == SaleStatus.BACKORDER) {
            assertThat(d.sellable()).isEqualTo(9);
            assertThat(d.shipBy()).isEqualTo(TestShop.AS_OF.plusDays(days + 2L));
            assertThat(d.reason()).isEqualTo("restock PO-1 confirmed for " + TestShop.AS_OF.plusDays(days) + " (" + days + " days)");
        } else {
            assertThat(d.sellable()).isZero();
            assertThat(d.shipBy()).isNull();
        }
    }

    @Test
    void step7ReasonsNameTheDaysAndTheLimit() {
        TestShop notify = new TestShop().onHand("A", 0).po("PO-1", "A", 10, "2026-12-12", PoStatus.CONFIRMED);
        assertThat(decide(notify, "A", "dtc").reason()).isEqualTo("restock in 18 days is beyond 14");
        TestShop out = new TestShop().onHand("A", 0).po("PO-1", "A", 10, "2026-12-24", PoStatus.CONFIRMED);
        assertThat(decide(out, "A", "dtc").reason()).isEqualTo("restock in 30 days is beyond 21");
    }

    @Test
    void step6SellableAddsTheRoomOfEveryConfirmedLineWithinTheLimit() {
        TestShop shop = new TestShop().onHand("A", 0)
                .po("PO-1", "A", 10, "2026-11-30", PoStatus.CONFIRMED)
                .po("PO-2", "A", 20, "2026-12-08", PoStatus.IN_TRANSIT)
                .po("PO-3", "A", 20, "2026-12-09", PoStatus.CONFIRMED)
                .po("PO-4", "A", 20, "2026-12-01", PoStatus.OPEN)
                .order("1", "A", 4, "2026-11-01");
        Decision d = decide(shop, "A", "dtc");
        assertThat(d.status()).isEqualTo(SaleStatus.BACKORDER);
        // PO-1: 9 buffered − 4 allocated = 5; PO-2: 18 (14 days); PO-3 is 15 days out; PO-4 is not confirmed.
        assertThat(d.sellable()).isEqualTo(5 + 18);
        assertThat(d.shipBy()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void channelMaxDaysBelowTheShopLimitWins() {
        Map<String, ChannelRule> channels = new HashMap<>(Policy.defaults().rules().channels());
        channels.put("ebay", new ChannelRule("ebay", true, true, 5));
        Policy policy = withRules(Policy.defaults(), r -> new SkuRules(r.fulfillmentDays(), r.incomingBuffer(),
                r.backorderMaxDays(), r.requireConfirmedPo(), r.notifyMeMaxDays(), r.preorderCap(), r.shipAfterDays(), channels, r.planning()));
        TestShop shop = new TestShop().onHand("A", 0).po("PO-1", "A", 10, "2026-11-30", PoStatus.CONFIRMED);
        assertThat(shop.analyse(policy).decide("A", "ebay").status()).isEqualTo(SaleStatus.NOTIFY_ME);
        assertThat(shop.analyse(policy).decide("A", "dtc").status()).isEqualTo(SaleStatus.BACKORDER);
    }

    @Test
    void perSkuOverrideAppliesToThatSkuOnly() {
        Policy base = Policy.defaults();
        SkuRules r = base.rules();
        SkuRules hero = new SkuRules(r.fulfillmentDays(), new Percent(new BigDecimal("0.5")), r.backorderMaxDays(),
                r.requireConfirmedPo(), r.notifyMeMaxDays(), r.preorderCap(), r.shipAfterDays(), r.channels(), r.planning());
        Policy policy = new Policy(base.defaultChannel(), base.timezone(), r, Map.of("HERO", hero), Map.of(), base.dateFormats());
        TestShop shop = new TestShop().onHand("HERO", 0).onHand("A", 0)
                .po("PO-1", "HERO", 10, "2026-11-30", PoStatus.CONFIRMED)
                .po("PO-2", "A", 10, "2026-11-30", PoStatus.CONFIRMED);
        Analysis analysis = shop.analyse(policy);
        assertThat(analysis.decide("HERO", "dtc").sellable()).isEqualTo(5);
        assertThat(analysis.decide("A", "dtc").sellable()).isEqualTo(9);
    }

    static Policy withRules(Policy p, java.util.function.UnaryOperator<SkuRules> change) {
        return new Policy(p.defaultChannel(), p.timezone(), change.apply(p.rules()), p.skuOverrides(), p.columns(), p.dateFormats());
    }
}
