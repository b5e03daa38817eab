package shop.atp.domain.listings;

import shop.atp.domain.Decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which listings a platform's upload file carries today (SPEC "Applying the decisions on each
 * platform"), compared with the platform's own export when there is one: only the listings
 * whose setting changes (or all with --all), in the unit the importer replaces — a Shopify
 * product and an eBay listing whole, with every variation; a WooCommerce or Amazon SKU alone —
 * and what is left out, and why.
 */
public final class ListingPlan {

    /** The rows of one listing as the importer takes them, in the export's order. */
    public record Upload(String listing, List<Line> lines) {
        public Upload {
            lines = List.copyOf(lines);
        }

        public boolean hasVariations() {
            return lines.stream().anyMatch(l -> l.current() != null && l.current().isVariation());
        }
    }

    /**
     * One row: a SKU's offer, or (offer null) a row of the same listing that atp has no decision
     * for, written with the values it has now so that the importer changes nothing there.
     */
    public record Line(String sku, Listing current, Offer offer, boolean changes) {
    }

    private final Platform platform;
    private final List<Upload> uploads = new ArrayList<>();
    private final Set<String> notInCurrent = new TreeSet<>();
    private final Set<String> untracked = new TreeSet<>();
    private final Set<String> parentStock = new TreeSet<>();
    private final Set<String> fulfilledByPlatform = new TreeSet<>();
    private final Set<String> beyondPlatform = new TreeSet<>();
    private final Set<String> unknownToAtp = new TreeSet<>();
    private final Set<String> listedTwice = new TreeSet<>();
    private final Set<String> preordersWithoutHandlingTime = new TreeSet<>();
    private int changes;

    private ListingPlan(Platform platform) {
        this.platform = platform;
    }

    /**
     * @param decisions each SKU's decision on the platform's channel, in SKU order (those --sku shows)
     * @param current   the platform's export of its listings, or null: then every SKU is written
     * @param all       every listing, not only those that change
     */
    public static ListingPlan of(Platform platform, List<Decision> decisions, CurrentListings current, LocalDate asOf,
                                 boolean all) {
        Map<String, Offer> offers = new LinkedHashMap<>();
        for (Decision d : decisions) {
            offers.put(d.sku(), Offer.of(platform, d, asOf));
        }
        ListingPlan plan = new ListingPlan(platform);
        if (current == null) {
            plan.everySku(offers);
        } else {
            plan.compare(offers, current, all);
        }
        offers.values().stream().filter(Offer::beyondPlatform).forEach(o -> plan.beyondPlatform.add(o.decision().sku()));
        for (Upload u : plan.uploads) {
            u.lines().stream().filter(l -> l.offer() != null && l.offer().preorderWithoutHandlingTime(platform))
                    .forEach(l -> plan.preordersWithoutHandlingTime.add(l.sku()));
        }
        return plan;
    }

    /** Without an export: a row per SKU, each counted as a change. */
    private void everySku(Map<String, Offer> offers) {
        for (Offer o : offers.values()) {
            uploads.add(new Upload(o.decision().sku(), List.of(new Line(o.decision().sku(), null, o, true))));
            changes++;
        }
    }

    private void compare(Map<String, Offer> offers, CurrentListings current, boolean all) {
        Set<String> listed = new LinkedHashSet<>();
        Map<String, String> listingOf = new LinkedHashMap<>();
        Map<String, List<Listing>> byListing = new LinkedHashMap<>();
        for (Listing row : current.rows()) {
            listed.add(row.sku());
            String other = row.sku().isEmpty() ? null : listingOf.putIfAbsent(row.sku(), row.listing());
            if (other != null && !other.equals(row.listing()) && offers.containsKey(row.sku())) {
                listedTwice.add(row.sku());
            }
            Set<String> setAside = setAside(row);
            if (setAside != null) {
                if (offers.containsKey(row.sku())) {
                    setAside.add(row.sku());
                }
                continue;
            }
            String key = platform.replacesWholeListings() ? row.listing() : row.sku();
            byListing.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<Listing>> listing : byListing.entrySet()) {
            plan(listing.getKey(), listing.getValue(), offers, all);
        }
        for (String sku : offers.keySet()) {
            if (!listed.contains(sku)) {
                notInCurrent.add(sku);
            }
        }
    }

    /** Where a row that atp's decision does not apply to is listed, or null when it applies. */
    private Set<String> setAside(Listing row) {
        if (row.tracking() == Listing.StockTracking.UNTRACKED) {
            return untracked;
        }
        if (row.tracking() == Listing.StockTracking.PARENT) {
            return parentStock;
        }
        return row.fulfilledByPlatform() ? fulfilledByPlatform : null;
    }

    /** One listing: written whole when any of its SKUs changes (or with --all), each SKU at most once. */
    private void plan(String listing, List<Listing> rows, Map<String, Offer> offers, boolean all) {
        List<Line> lines = new ArrayList<>();
        int changing = 0;
        boolean known = false;
        Set<String> seen = new LinkedHashSet<>();
        for (Listing row : rows) {
            Offer offer = offers.get(row.sku());
            if (offer == null) {
                if (!row.sku().isEmpty()) {
                    unknownToAtp.add(row.sku());
                }
            } else {
                known = true;
            }
            if (!platform.replacesWholeListings() && !seen.add(row.sku())) {
                continue;
            }
            boolean changes = offer != null && offer.differsFrom(platform, row);
            changing += changes ? 1 : 0;
            lines.add(new Line(row.sku(), row, offer, changes));
        }
        if (known && (changing > 0 || all)) {
            uploads.add(new Upload(listing, lines));
            changes += changing;
        }
    }

    public Platform platform() {
        return platform;
    }

    /** The listings the file carries, in the export's order (SKU order without one). */
    public List<Upload> uploads() {
        return uploads;
    }

    /** Rows the file carries: a row per SKU, and an eBay listing with variations has a row of its own above them. */
    public int rows() {
        return uploads.stream().mapToInt(u -> u.lines().size() + (u.hasVariations() ? 1 : 0)).sum();
    }

    /** SKUs whose setting changes today: "listings to change". */
    public int changes() {
        return changes;
    }

    /** SKUs atp decides for that the export does not list: never invented into the file. */
    public Set<String> notInCurrent() {
        return notInCurrent;
    }

    /** SKUs whose stock the platform does not count (Shopify untracked, WooCommerce unmanaged): left out. */
    public Set<String> untracked() {
        return untracked;
    }

    /** WooCommerce variations on their parent's stock: left out, the parent's row carries it. */
    public Set<String> parentStock() {
        return parentStock;
    }

    /** Amazon SKUs that Amazon fulfils (FBA): left out, never switched to the seller's own fulfilment. */
    public Set<String> fulfilledByPlatform() {
        return fulfilledByPlatform;
    }

    /** Backorders whose handling time is longer than the platform allows: offered as 0 units. */
    public Set<String> beyondPlatform() {
        return beyondPlatform;
    }

    /**
     * SKUs listed more than once (two eBay listings, two Shopify products): each listing offers
     * all of the SKU's sellable units.
     */
    public Set<String> listedTwice() {
        return listedTwice;
    }

    /** Marketplace preorders written with their units; the file leaves their handling time as it is. */
    public Set<String> preordersWithoutHandlingTime() {
        return preordersWithoutHandlingTime;
    }

    /** SKUs of the export that atp has no decision for: their rows, when written, keep their values. */
    public Set<String> unknownToAtp() {
        return unknownToAtp;
    }
}
