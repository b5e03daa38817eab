package shop.atp.domain.listings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shop.atp.domain.Decision;
import shop.atp.domain.SaleStatus;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

/** What each platform's file says for a decision (SPEC "Applying the decisions on each platform"). */
class OfferTest {

    /** A Tuesday. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    private static Decision decision(SaleStatus status, long sellable, LocalDate shipBy) {
        return new Decision("A", "ebay", status, sellable, shipBy, "");
    }

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource({
            "IN_STOCK, deny, 0",
            "BACKORDER, continue, notify",
            "PREORDER, continue, notify",
            "NOTIFY_ME, deny, 0",
            "OUT_OF_STOCK, deny, 0",
    })
    void webShopsSellBeyondStockOnlyForBackordersAndPreorders(SaleStatus status, String shopify, String woo) {
        Offer offer = Offer.of(Platform.SHOPIFY, decision(status, 3, AS_OF.plusDays(5)), AS_OF);
        assertThat(offer.shopifyPolicy()).isEqualTo(shopify);
        assertThat(offer.wooBackorders()).isEqualTo(woo);
        assertThat(offer.handlingDays()).isNull();
    }

    @ParameterizedTest(name = "ship by {0}: {1} business days")
    @CsvSource({
            "2026-11-25, 1",    // Wednesday
            "2026-11-24, 0",    // the same day
            "2026-11-27, 3",    // Friday
            "2026-11-28, 3",    // Saturday: the days to it are Wednesday to Friday
            "2026-11-29, 3",    // Sunday
            "2026-11-30, 4",    // Monday
            "2026-12-03, 7",
            "2026-12-25, 23",
            "2027-01-05, 30",
            "2027-01-06, 31",
    })
    void ebayCountsTheBusinessDaysToTheShipByDate(LocalDate shipBy, int days) {
        assertThat(Offer.businessDays(AS_OF, shipBy)).isEqualTo(days);
        Offer offer = Offer.of(Platform.EBAY, decision(SaleStatus.BACKORDER, 4, shipBy), AS_OF);
        if (days <= 30) {
            assertThat(offer.handlingDays()).isEqualTo(days);
        } else {
            assertThat(offer.handlingDays()).isNull();
            assertThat(offer.quantity()).as("beyond eBay's 30 days: not offered").isZero();
        }
    }

    @Test
    void amazonCountsCalendarDaysAndNeverAHandlingTimeBeyond30() {
        Offer in30 = Offer.of(Platform.AMAZON, decision(SaleStatus.BACKORDER, 9, AS_OF.plusDays(30)), AS_OF);
        assertThat(in30.handlingDays()).isEqualTo(30);
        assertThat(in30.quantity()).isEqualTo(9);
        Offer in31 = Offer.of(Platform.AMAZON, decision(SaleStatus.BACKORDER, 9, AS_OF.plusDays(31)), AS_OF);
        assertThat(in31.handlingDays()).isNull();
        assertThat(in31.quantity()).isZero();
        assertThat(in31.beyondStock()).isFalse();
        assertThat(in31.beyondPlatform()).isTrue();
    }

    @Test
    void marketplacesOfferSellableUnitsAndZeroWhenClosed() {
        assertThat(Offer.of(Platform.AMAZON, decision(SaleStatus.IN_STOCK, 7, AS_OF), AS_OF).quantity()).isEqualTo(7);
        assertThat(Offer.of(Platform.AMAZON, decision(SaleStatus.IN_STOCK, 7, AS_OF), AS_OF).handlingDays()).isNull();
        assertThat(Offer.of(Platform.EBAY, decision(SaleStatus.NOTIFY_ME, 0, null), AS_OF).quantity()).isZero();
        assertThat(Offer.of(Platform.EBAY, decision(SaleStatus.PREORDER, 12, AS_OF.plusDays(40)), AS_OF).handlingDays()).isNull();
    }

    /** The invariant: a marketplace's file never carries a backorder whose handling time the platform does not allow. */
    @Test
    void noMarketplaceRowPromisesBeyondThePlatformsHandlingTime() {
        qt().withFixedSeed(20261201L).withExamples(2000)
                .forAll(arbitrary().pick(List.of(Platform.AMAZON, Platform.EBAY)), integers().between(0, 400),
                        integers().between(-400, 400), arbitrary().enumValues(SaleStatus.class))
                .checkAssert((platform, sellable, days, status) -> {
                    LocalDate asOf = AS_OF.plusDays(sellable);
                    Offer o = Offer.of(platform, decision(status, sellable, asOf.plusDays(days)), asOf);
                    if (o.handlingDays() != null) {
                        assertThat(o.handlingDays()).isBetween(platform == Platform.EBAY ? 0 : 1, 30);
                        assertThat(status).isEqualTo(SaleStatus.BACKORDER);
                    }
                    if (status == SaleStatus.BACKORDER && o.handlingDays() == null) {
                        assertThat(o.quantity()).isZero();
                        assertThat(o.beyondPlatform()).isTrue();
                    }
                });
    }

    @Test
    void aChangeIsAnotherWordOrAnotherNumber() {
        Offer deny = Offer.of(Platform.SHOPIFY, decision(SaleStatus.IN_STOCK, 3, AS_OF), AS_OF);
        assertThat(deny.differsFrom(Platform.SHOPIFY, listing("DENY", ""))).isFalse();
        assertThat(deny.differsFrom(Platform.SHOPIFY, listing("continue", ""))).isTrue();
        assertThat(deny.differsFrom(Platform.SHOPIFY, listing("", ""))).isTrue();
        Offer notify = Offer.of(Platform.WOOCOMMERCE, decision(SaleStatus.BACKORDER, 3, AS_OF.plusDays(3)), AS_OF);
        assertThat(notify.differsFrom(Platform.WOOCOMMERCE, listing("1", ""))).isTrue();
        assertThat(notify.differsFrom(Platform.WOOCOMMERCE, listing("notify", ""))).isFalse();
        Offer three = Offer.of(Platform.AMAZON, decision(SaleStatus.IN_STOCK, 3, AS_OF), AS_OF);
        assertThat(three.differsFrom(Platform.AMAZON, listing("", "3"))).isFalse();
        assertThat(three.differsFrom(Platform.AMAZON, listing("", "3.0"))).isFalse();
        assertThat(three.differsFrom(Platform.AMAZON, listing("", ""))).isTrue();
        Offer backorder = Offer.of(Platform.AMAZON, decision(SaleStatus.BACKORDER, 3, AS_OF.plusDays(5)), AS_OF);
        assertThat(backorder.differsFrom(Platform.AMAZON, listing("", "3"))).as("its handling time shortens daily").isTrue();
    }

    private static Listing listing(String backorders, String quantity) {
        return new Listing(2, "A", "a", "", List.of(), backorders, quantity, Listing.StockTracking.TRACKED, false, "");
    }
}
