package shop.atp.domain.listings;

import shop.atp.domain.Decision;
import shop.atp.domain.SaleStatus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a platform's file says for one SKU's decision (SPEC "Applying the decisions on each
 * platform"): whether it sells beyond its stock (BACKORDER, PREORDER), the units it offers
 * (sellable; 0 for NOTIFY_ME and OUT_OF_STOCK), and for a marketplace's BACKORDER the handling
 * time to its ship-by date. A backorder whose handling time the platform cannot carry is
 * offered as 0 units instead: a promise the platform would not print is not made.
 *
 * @param handlingDays Amazon's handling-time (calendar days) or eBay's DispatchTimeMax (business
 *                     days) to ship_by; null when the file leaves it as it is
 * @param beyondPlatform a backorder whose handling time is longer than the platform allows
 */
public record Offer(Decision decision, boolean beyondStock, long quantity, Integer handlingDays, boolean beyondPlatform) {

    public static Offer of(Platform platform, Decision decision, LocalDate asOf) {
        SaleStatus status = decision.status();
        boolean beyondStock = status == SaleStatus.BACKORDER || status == SaleStatus.PREORDER;
        if (!platform.marketplace() || status != SaleStatus.BACKORDER || decision.shipBy() == null) {
            return new Offer(decision, beyondStock, decision.sellable(), null, false);
        }
        int days = platform == Platform.EBAY ? businessDays(asOf, decision.shipBy())
                : (int) Math.max(1, ChronoUnit.DAYS.between(asOf, decision.shipBy()));
        if (days > platform.maxHandlingDays()) {
            return new Offer(decision, false, 0, null, true);
        }
        return new Offer(decision, true, decision.sellable(), days, false);
    }

    /**
     * Whether a marketplace sells this on preorder with a ship date its file leaves unsaid
     * (SPEC writes a handling time for backorders only): the merchant sets it by hand.
     */
    public boolean preorderWithoutHandlingTime(Platform platform) {
        return platform.marketplace() && decision.status() == SaleStatus.PREORDER && decision.sellable() > 0;
    }

    /**
     * Business days from {@code from} to {@code to}: the days Monday to Friday after
     * {@code from}, up to and including {@code to} (a ship-by date on a weekend counts to the
     * Friday before; the same day is 0). Public holidays are not known to atp.
     */
    static int businessDays(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    /** Shopify's Variant Inventory Policy, in lower case: {@code continue} beyond stock, else {@code deny}. */
    public String shopifyPolicy() {
        return beyondStock ? "continue" : "deny";
    }

    /** WooCommerce's Backorders allowed?: {@code notify} beyond stock, else {@code 0}. */
    public String wooBackorders() {
        return beyondStock ? "notify" : "0";
    }

    /** Whether a listing that sells as {@code current} does today must change to sell as this offer does. */
    public boolean differsFrom(Platform platform, Listing current) {
        return switch (platform) {
            case SHOPIFY -> !shopifyPolicy().equalsIgnoreCase(current.backorders());
            case WOOCOMMERCE -> !wooBackorders().equalsIgnoreCase(current.backorders());
            // the exports do not show a handling time: a backorder's is written every day (it shortens daily)
            case AMAZON, EBAY -> handlingDays != null || !sameNumber(current.quantity(), quantity);
        };
    }

    private static boolean sameNumber(String text, long n) {
        try {
            return new java.math.BigDecimal(text.strip()).compareTo(java.math.BigDecimal.valueOf(n)) == 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
