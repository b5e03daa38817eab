package shop.atp.output;

import shop.atp.domain.listings.CurrentListings;
import shop.atp.domain.listings.ListingPlan;
import shop.atp.domain.listings.Platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static shop.atp.output.Summaries.plural;

/**
 * What `listings` says on standard error beside the file (SPEC "Applying the decisions on
 * each platform"): what the file changes, what it leaves out and why, and what the platform
 * cannot express.
 */
public final class UploadSummary {

    private UploadSummary() {
    }

    /**
     * @param current the export compared with, or null
     * @param skipped the export's rows that are not listings, per reason
     */
    public static List<String> lines(ListingPlan plan, CurrentListings current, Map<String, Integer> skipped) {
        List<String> lines = new ArrayList<>();
        if (current != null) {
            lines.add(read(current, skipped));
        }
        lines.add(changes(plan));
        String file = current == null ? "" : current.file();
        if (current == null && plan.platform() == Platform.AMAZON) {
            lines.add("without --current (the All Listings Report) the SKUs Amazon fulfils (FBA) cannot be told apart and "
                    + "are written too: give the report, or take them out before uploading");
        }
        listed(lines, plan.notInCurrent(), "not in " + file + ", so nothing is written for them (list them on "
                + plan.platform().word() + " to sell them there)");
        listed(lines, plan.untracked(), plan.platform() == Platform.SHOPIFY
                ? "left out, not tracked by Shopify (always buyable)"
                : "left out, stock not managed by WooCommerce (a file could only turn management off; set these by hand)");
        listed(lines, plan.parentStock(), "left out, on their parent product's stock (WooCommerce takes the setting from the "
                + "parent's row, written when atp decides for the parent's SKU)");
        listed(lines, plan.fulfilledByPlatform(), "left out, fulfilled by Amazon (never switched to your own fulfilment)");
        listed(lines, plan.beyondPlatform(), "written as quantity 0, backordered beyond " + platformName(plan.platform())
                + "'s " + plan.platform().maxHandlingDays() + "-day handling time");
        listed(lines, plan.unknownToAtp(), "left as they are, no decision of atp's (not in its data, or not chosen with --sku)");
        listed(lines, plan.listedTwice(), "listed more than once on " + plan.platform().word()
                + ": each listing offers all of the SKU's units");
        listed(lines, plan.preordersWithoutHandlingTime(), "on preorder with the units left under the cap; the file leaves "
                + "the handling time as it is (it carries one for backorders only): set it by hand to the ship date "
                + "`atp policy` gives");
        lines.addAll(limits(plan));
        return lines;
    }

    private static String read(CurrentListings current, Map<String, Integer> skipped) {
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder b = new StringBuilder("read " + current.file() + " as " + current.format() + ": "
                + plural(current.rows().size(), "listing row"));
        if (total > 0) {
            b.append(", ").append(total).append(" skipped (");
            List<String> reasons = new ArrayList<>();
            skipped.forEach((reason, n) -> reasons.add(reason + ": " + n));
            b.append(String.join("; ", reasons)).append(')');
        }
        return b.toString();
    }

    /** e.g. {@code shopify: 4 rows for 2 products: 3 variants to continue selling, 1 to deny}. */
    private static String changes(ListingPlan plan) {
        long beyond = 0;
        long within = 0;
        long handling = 0;
        long unchanged = 0;
        for (ListingPlan.Upload u : plan.uploads()) {
            for (ListingPlan.Line l : u.lines()) {
                if (!l.changes() && l.current() != null) {
                    unchanged++;
                } else if (plan.platform().marketplace() ? l.offer().quantity() > 0 : l.offer().beyondStock()) {
                    beyond++;
                } else {
                    within++;
                }
                handling += l.offer() != null && l.offer().handlingDays() != null ? 1 : 0;
            }
        }
        String head = plan.platform().word() + ": " + plural(plan.rows(), "row");
        if (plan.rows() == 0) {
            return head + ": no listing to change today";
        }
        String listings = switch (plan.platform()) {
            case SHOPIFY -> " for " + plural(plan.uploads().size(), "product");
            case EBAY -> " for " + plural(plan.uploads().size(), "listing");
            default -> "";
        };
        String what = switch (plan.platform()) {
            case SHOPIFY -> plural(beyond, "variant") + " to continue selling, " + within + " to deny";
            case WOOCOMMERCE -> plural(beyond, "product") + " to take backorders (notify), " + within + " to refuse them (0)";
            case AMAZON, EBAY -> plural(beyond, "SKU") + " to sell, " + within + " at quantity 0"
                    + (handling > 0 ? ", " + handling + " with a handling time" : "");
        };
        return head + listings + ": " + what + (unchanged > 0 ? "; " + unchanged + " unchanged (written whole with "
                + (plan.platform() == Platform.SHOPIFY ? "its product)" : "its listing)") : "");
    }

    private static void listed(List<String> lines, Collection<String> skus, String why) {
        if (!skus.isEmpty()) {
            lines.add(why + ": " + plural(skus.size(), "SKU") + ": " + String.join(", ", skus));
        }
    }

    /** What the platform's file cannot say, when the file says something it bears on. */
    private static List<String> limits(ListingPlan plan) {
        boolean beyondStock = false;
        boolean handling = false;
        for (ListingPlan.Upload u : plan.uploads()) {
            for (ListingPlan.Line l : u.lines()) {
                beyondStock |= l.offer() != null && l.offer().beyondStock();
                handling |= l.offer() != null && l.offer().handlingDays() != null;
            }
        }
        return switch (plan.platform()) {
            case SHOPIFY -> beyondStock ? List.of("Shopify's CSV has no per-variant cap or ship date: a variant on continue "
                    + "sells without limit until a later run, once its cap is used up, sets it to deny") : List.of();
            case AMAZON -> handling ? List.of("Amazon's Automated Handling Time, when it is on, overrides the handling-time "
                    + "column") : List.of();
            case EBAY -> handling ? List.of("eBay listings on business policies take their handling time from the shipping "
                    + "policy, not DispatchTimeMax") : List.of();
            case WOOCOMMERCE -> List.of();
        };
    }

    private static String platformName(Platform platform) {
        return platform == Platform.EBAY ? "eBay" : "Amazon";
    }
}
