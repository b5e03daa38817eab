package shop.atp.output;

import shop.atp.domain.listings.CurrentListings;
import shop.atp.domain.listings.Listing;
import shop.atp.domain.listings.ListingPlan;
import shop.atp.domain.listings.Offer;
import shop.atp.domain.listings.Platform;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The file a platform's own bulk importer takes (SPEC "Applying the decisions on each
 * platform"; facts in UPLOADS.md), from a listing plan: Shopify's products CSV in the header
 * generation and value case of its export, WooCommerce's {@code SKU,Backorders allowed?},
 * Amazon's Price &amp; Quantity template (tab-delimited, Windows-1252), eBay's File Exchange
 * revise file. Cells are written as the importer reads them: quoted where CSV needs it, never
 * prefixed against spreadsheet formulas (a SKU written {@code '-12} would match nothing).
 */
public final class UploadFile {

    /** Amazon's template rows above the column names [F: copies of the Price & Quantity template]. */
    static final String AMAZON_TEMPLATE = "TemplateType=PriceInventory\tVersion=2018.0924\t"
            + "The top 3 rows are for Amazon.com use only. Do not modify or delete the top 3 rows.";
    static final String EBAY_ACTION = "*Action(SiteID=US|Country=US|Currency=USD|Version=1193|CC=UTF-8)";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final ListingPlan plan;
    private final CurrentListings current;
    private final StringBuilder out = new StringBuilder();

    private UploadFile(ListingPlan plan, CurrentListings current) {
        this.plan = plan;
        this.current = current;
    }

    /** The file's text; {@code current} is the platform's export the plan compared with, or null. */
    public static String text(ListingPlan plan, CurrentListings current) {
        UploadFile file = new UploadFile(plan, current);
        switch (plan.platform()) {
            case SHOPIFY -> file.shopify();
            case WOOCOMMERCE -> file.woocommerce();
            case AMAZON -> file.amazon();
            case EBAY -> file.ebay();
        }
        return file.out.toString();
    }

    /** The encoding the platform's importer reads: Windows-1252 for Amazon (NA/EU), UTF-8 for the others. */
    public static Charset charset(Platform platform) {
        return platform == Platform.AMAZON ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    /**
     * The SKUs the platform's file cannot hold as they are: for Amazon, those Windows-1252 has no
     * bytes for, or with a tab or line break (its file has no quoting). Empty for the others.
     */
    public static List<String> unwritableSkus(ListingPlan plan) {
        if (plan.platform() != Platform.AMAZON) {
            return List.of();
        }
        CharsetEncoder encoder = WINDOWS_1252.newEncoder();
        List<String> refused = new ArrayList<>();
        for (ListingPlan.Upload u : plan.uploads()) {
            for (ListingPlan.Line l : u.lines()) {
                if (!encoder.canEncode(l.sku()) || l.sku().chars().anyMatch(c -> c == '\t' || c == '\r' || c == '\n')) {
                    refused.add(l.sku());
                }
            }
        }
        return refused;
    }

    private String header(String column, String fallback) {
        return current == null ? fallback : current.header(column, fallback);
    }

    /** Handle, Title on a product's first row, its option names and values, Variant Inventory Policy. */
    private void shopify() {
        String handle = header("listing", "Handle");
        boolean newNaming = !handle.equals("Handle") && handle.equalsIgnoreCase("URL handle");
        int options = 1;
        for (ListingPlan.Upload u : plan.uploads()) {
            for (ListingPlan.Line l : u.lines()) {
                options = Math.max(options, l.current().options().size());
            }
        }
        List<String> header = new ArrayList<>(List.of(handle, header("title", "Title")));
        for (int k = 1; k <= options; k++) {
            header.add(header("option" + k + "_name", newNaming ? "Option" + k + " name" : "Option" + k + " Name"));
            header.add(header("option" + k + "_value", newNaming ? "Option" + k + " value" : "Option" + k + " Value"));
        }
        header.add(header("backorders", newNaming ? "Continue selling when out of stock" : "Variant Inventory Policy"));
        row(',', header);
        boolean upper = upperCaseWords(newNaming);
        for (ListingPlan.Upload u : plan.uploads()) {
            boolean first = true;
            for (ListingPlan.Line l : u.lines()) {
                Listing listing = l.current();
                List<String> cells = new ArrayList<>(List.of(u.listing(), first ? listing.title() : ""));
                for (int k = 0; k < options; k++) {
                    Listing.Option o = k < listing.options().size() ? listing.options().get(k) : new Listing.Option("", "");
                    cells.add(first ? o.name() : "");
                    cells.add(o.value());
                }
                String policy = l.offer() == null ? listing.backorders() : l.offer().shopifyPolicy();
                cells.add(upper ? policy.toUpperCase(Locale.ROOT) : policy.toLowerCase(Locale.ROOT));
                row(',', cells);
                first = false;
            }
        }
    }

    /** The case of the export's policy words (deny or DENY); the naming's own when it has none. */
    private boolean upperCaseWords(boolean newNaming) {
        if (current != null) {
            for (Listing l : current.rows()) {
                if (!l.backorders().isEmpty()) {
                    return l.backorders().equals(l.backorders().toUpperCase(Locale.ROOT));
                }
            }
        }
        return newNaming;
    }

    /** SKU and Backorders allowed?; never Stock (a blank there turns stock management off). */
    private void woocommerce() {
        row(',', List.of(header("sku", "SKU"), header("backorders", "Backorders allowed?")));
        for (ListingPlan.Upload u : plan.uploads()) {
            for (ListingPlan.Line l : u.lines()) {
                row(',', List.of(l.sku(), l.offer().wooBackorders()));
            }
        }
    }

    /** The template rows, then sku, quantity, handling-time and a blank fulfillment-channel (left as it is). */
    private void amazon() {
        out.append(AMAZON_TEMPLATE).append('\n');
        out.append("SKU\tQuantity\tHandling Time\tFulfillment Channel\n");
        out.append("sku\tquantity\thandling-time\tfulfillment-channel\n");
        for (ListingPlan.Upload u : plan.uploads()) {
            for (ListingPlan.Line l : u.lines()) {
                out.append(l.sku()).append('\t').append(l.offer().quantity()).append('\t')
                        .append(days(l.offer())).append('\t').append('\n');
            }
        }
    }

    /**
     * Revise rows: a listing's item number, units and handling time; a listing with variations
     * as its own row (the longest handling time of its variations) and a row per variation.
     */
    private void ebay() {
        boolean variations = plan.uploads().stream().anyMatch(ListingPlan.Upload::hasVariations);
        List<String> header = new ArrayList<>(List.of(EBAY_ACTION, "ItemID", "*Quantity", "DispatchTimeMax"));
        if (variations) {
            header.addAll(List.of("Relationship", "RelationshipDetails"));
        }
        row(',', header);
        for (ListingPlan.Upload u : plan.uploads()) {
            if (!u.hasVariations()) {
                for (ListingPlan.Line l : u.lines()) {
                    row(',', withRelationship(variations, "Revise", u.listing(), quantity(l), days(l.offer()), "", ""));
                }
                continue;
            }
            Integer longest = null;
            for (ListingPlan.Line l : u.lines()) {
                if (l.offer() != null && l.offer().handlingDays() != null) {
                    longest = longest == null ? l.offer().handlingDays() : Math.max(longest, l.offer().handlingDays());
                }
            }
            row(',', withRelationship(true, "Revise", u.listing(), "", longest == null ? "" : longest.toString(), "", ""));
            for (ListingPlan.Line l : u.lines()) {
                row(',', withRelationship(true, "", "", quantity(l), "", "Variation", l.current().variation()));
            }
        }
    }

    private static List<String> withRelationship(boolean columns, String action, String item, String quantity, String days,
                                                 String relationship, String details) {
        List<String> cells = new ArrayList<>(List.of(action, item, quantity, days));
        if (columns) {
            cells.addAll(List.of(relationship, details));
        }
        return cells;
    }

    /** The units atp offers, or the export's own for a variation atp has no decision for. */
    private static String quantity(ListingPlan.Line l) {
        return l.offer() == null ? l.current().quantity() : Long.toString(l.offer().quantity());
    }

    private static String days(Offer offer) {
        return offer == null || offer.handlingDays() == null ? "" : offer.handlingDays().toString();
    }

    private void row(char delimiter, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            out.append(TableWriter.quoted(cells.get(i), delimiter));
        }
        out.append('\n');
    }
}
