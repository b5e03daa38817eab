package shop.atp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import shop.atp.domain.listings.CurrentListings;
import shop.atp.domain.listings.ListingPlan;
import shop.atp.domain.listings.Platform;
import shop.atp.input.InputException;
import shop.atp.input.InputProblem;
import shop.atp.output.Format;
import shop.atp.output.UploadFile;
import shop.atp.output.UploadSummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `listings`: the bulk-upload file that applies today's decisions on one platform. */
@Command(name = "listings", mixinStandardHelpOptions = true,
        description = "The file a platform's own bulk importer takes, so that one upload applies today's decisions: "
                + "Shopify's products CSV (continue or deny selling when out of stock), WooCommerce's product CSV "
                + "(Backorders allowed?), Amazon's Price & Quantity template (quantity, handling-time), eBay's File "
                + "Exchange revise file (quantity, DispatchTimeMax). With --current (the platform's own export of its "
                + "listings) only the listings that change are written. What the file changes, leaves out and "
                + "cannot express is said on standard error.",
        footerHeading = "%nExamples:%n",
        footer = {"  atp listings --data examples/shopify --as-of 2026-11-24 --platform shopify "
                + "--current examples/shopify/products_export_1.csv",
                "  atp listings --data examples --as-of 2026-11-24 --platform amazon --output outbox/amazon.txt"})
final class ListingsCommand extends ShopCommand {

    @Option(names = "--platform", required = true, paramLabel = "NAME",
            description = "shopify, woocommerce, amazon or ebay.")
    String platformName;

    @Option(names = "--current", paramLabel = "FILE", description = "The platform's export of its listings as they are "
            + "now (Shopify/WooCommerce: Products > Export; Amazon: All Listings Report; eBay: All active listings); "
            + "FORMAT:FILE names its format. Needed for shopify and ebay.")
    String current;

    @Option(names = "--all", description = "With --current: every listing, not only those whose setting changes.")
    boolean all;

    @Override
    public Integer call() {
        Platform platform = Platform.byWord(platformName);
        if (platform == null) {
            throw new UsageException("--platform " + platformName + ": atp writes upload files for "
                    + String.join(", ", Platform.words()));
        }
        if (options.format != Format.TABLE) {
            throw new UsageException("--format does not apply to listings: it writes " + platform.word() + "'s own file");
        }
        if (platform.needsCurrent() && current == null) {
            throw new UsageException("--platform " + platform.word() + " needs --current: " + platform.word()
                    + "'s file finds a listing by " + (platform == Platform.SHOPIFY ? "handle and option values"
                    : "item number") + ", which only its own export gives");
        }
        Session s = session().current(current);
        Map<String, Integer> skipped = new LinkedHashMap<>();
        PlatformListings platforms = new PlatformListings(s);
        CurrentListings listings = platforms.current(platform, skipped);
        ListingPlan plan = platforms.plan(platform, listings, all);
        List<String> unwritable = UploadFile.unwritableSkus(plan);
        if (!unwritable.isEmpty()) {
            throw new InputException(new InputProblem(listings == null ? "amazon upload" : listings.file(), 0,
                    "SKU " + String.join(", ", unwritable.stream().map(sku -> "\"" + sku + "\"").toList())
                            + " cannot be written in Amazon's file (Windows-1252, tab-delimited); rename it on Amazon "
                            + "and in atp's data, or leave it out with --sku"));
        }
        s.printEncoded(UploadFile.text(plan, listings), UploadFile.charset(platform));
        UploadSummary.lines(plan, listings, skipped).forEach(s::warn);
        return ExitCodes.OK;
    }
}
