package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `listings` on one shop against each platform's export of its listings (fixtures written from
 * UPLOADS.md): the file and what standard error says match the expected files, and the file,
 * applied to the export the way the platform's importer would, leaves every listing atp
 * decides for set as atp decided and every other one as it was.
 */
class ListingsTest {

    private static final Path DIR = Path.of("src/test/resources/listings");
    private static final Path SHOP = DIR.resolve("shop");
    private static final String AS_OF = "2026-11-24";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final boolean UPDATE = Boolean.getBoolean("atp.golden.update");

    private static CliRun listings(String platform, String current, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("listings", "--data", SHOP.toString(), "--as-of", AS_OF,
                "--platform", platform));
        if (current != null) {
            args.addAll(List.of("--current", DIR.resolve("current").resolve(current).toString()));
        }
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "shopify, shopify, products_export_1.csv",
            "shopify-new-naming, shopify, products_export_new.csv",
            "woocommerce, woocommerce, wc-product-export.csv",
            "amazon, amazon, All+Listings+Report.txt",
            "ebay, ebay, eBay-all-active-listings.csv",
    })
    void theUploadAppliesEveryDecisionAndChangesNothingElse(String name, String platform, String current) throws IOException {
        CliRun run = listings(platform, current);
        assertThat(run.exit()).as(run.err()).isZero();
        golden(name + ".upload", run.out());
        golden(name + ".err", run.err());

        Charset charset = platform.equals("amazon") ? WINDOWS_1252 : StandardCharsets.UTF_8;
        char delimiter = platform.equals("amazon") ? '\t' : ',';
        String exportText = Files.readString(DIR.resolve("current").resolve(current), charset).replace("\uFEFF", "");
        List<List<String>> export = PlatformImporters.records(exportText, delimiter);
        List<List<String>> upload = PlatformImporters.records(run.out(), delimiter);
        Map<String, PlatformImporters.Setting> after = switch (platform) {
            case "shopify" -> PlatformImporters.shopify(export, upload);
            case "woocommerce" -> PlatformImporters.woocommerce(export, upload);
            case "amazon" -> PlatformImporters.amazon(export, upload);
            default -> PlatformImporters.ebay(export, upload);
        };
        Map<String, Map<String, String>> decisions = decisions(platform.equals("amazon") || platform.equals("ebay") ? platform : "dtc");
        Map<String, String> ebayDispatch = platform.equals("ebay") ? ebayDispatch(export, decisions) : Map.of();
        for (Map.Entry<String, PlatformImporters.Setting> e : after.entrySet()) {
            PlatformImporters.Setting s = e.getValue();
            Map<String, String> d = decisions.get(s.sku());
            if (!s.applies() || d == null) {
                assertThat(s.after()).as("%s is left as it was", e.getKey()).isEqualTo(s.before());
                continue;
            }
            String expected = switch (platform) {
                case "shopify" -> casedAs(s.before(), sellsBeyondStock(d) ? "continue" : "deny");
                case "woocommerce" -> sellsBeyondStock(d) ? "notify" : "0";
                case "amazon" -> amazon(d);
                default -> quantity(d) + "/" + ebayDispatch.get(e.getKey().substring(0, e.getKey().indexOf('/')));
            };
            assertThat(s.after()).as("%s (%s, %s)", e.getKey(), d.get("status"), d.get("ship_by")).isEqualTo(expected);
        }
    }

    private static boolean sellsBeyondStock(Map<String, String> d) {
        return d.get("status").equals("BACKORDER") || d.get("status").equals("PREORDER");
    }

    private static String casedAs(String before, String word) {
        return before.equals(before.toUpperCase(java.util.Locale.ROOT)) ? word.toUpperCase(java.util.Locale.ROOT) : word;
    }

    /** Units and handling time; a backorder Amazon could not print within 30 days is not offered. */
    private static String amazon(Map<String, String> d) {
        if (!d.get("status").equals("BACKORDER")) {
            return quantity(d) + "/";
        }
        long days = ChronoUnit.DAYS.between(LocalDate.parse(AS_OF), LocalDate.parse(d.get("ship_by")));
        return days <= 30 ? d.get("sellable") + "/" + Math.max(1, days) : "0/";
    }

    private static String quantity(Map<String, String> d) {
        return d.get("status").equals("NOTIFY_ME") || d.get("status").equals("OUT_OF_STOCK") ? "0" : d.get("sellable");
    }

    /** Per item number: the business days to the latest ship-by date of its backordered variations, or blank. */
    private static Map<String, String> ebayDispatch(List<List<String>> export, Map<String, Map<String, String>> decisions) {
        List<String> header = export.get(1);
        int item = header.indexOf("Item number");
        int sku = header.indexOf("Custom label (SKU)");
        Map<String, String> dispatch = new HashMap<>();
        String current = "";
        for (List<String> row : export.subList(2, export.size())) {
            current = row.get(item).isEmpty() ? current : row.get(item);
            Map<String, String> d = decisions.get(row.get(sku));
            dispatch.putIfAbsent(current, "");
            if (d != null && d.get("status").equals("BACKORDER")) {
                int days = businessDays(LocalDate.parse(AS_OF), LocalDate.parse(d.get("ship_by")));
                String before = dispatch.get(current);
                dispatch.put(current, before.isEmpty() || Integer.parseInt(before) < days ? Integer.toString(days) : before);
            }
        }
        return dispatch;
    }

    /** Monday to Friday after {@code from}, up to and including {@code to}. */
    private static int businessDays(LocalDate from, LocalDate to) {
        return (int) from.plusDays(1).datesUntil(to.plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).count();
    }

    /** atp policy's rows for a channel: SKU → column → value. */
    private static Map<String, Map<String, String>> decisions(String channel) {
        CliRun policy = CliRun.run("policy", "--data", SHOP.toString(), "--as-of", AS_OF, "--channel", channel, "--format", "csv");
        List<List<String>> rows = PlatformImporters.records(policy.out(), ',');
        Map<String, Map<String, String>> bySku = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> d = new HashMap<>();
            for (int i = 0; i < row.size(); i++) {
                d.put(rows.get(0).get(i), row.get(i));
            }
            bySku.put(d.get("sku"), d);
        }
        return bySku;
    }

    private static void golden(String name, String actual) throws IOException {
        Path file = DIR.resolve("expected").resolve(name);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void withoutCurrentWooCommerceAndAmazonGetEverySku() {
        CliRun woo = listings("woocommerce", null);
        assertThat(woo.exit()).isZero();
        assertThat(woo.out()).isEqualTo("SKU,Backorders allowed?\nFBA-SOCKS,0\nHOODIE-NEW,notify\nLAMP,notify\nMUG,0\nPOSTER,0\n"
                + "TEE-L,0\nTEE-M,notify\nTEE-S,0\n");
        CliRun all = listings("shopify", "products_export_1.csv", "--all");
        assertThat(all.out().lines().count()).as("every tracked variant of a product atp knows").isEqualTo(1 + 7);
    }

    @Test
    void withoutItsReportAmazonsFileSaysItCannotTellFbaSkus() {
        CliRun amazon = listings("amazon", null);
        assertThat(amazon.exit()).isZero();
        assertThat(amazon.err()).contains("atp: without --current (the All Listings Report) the SKUs Amazon fulfils (FBA) "
                + "cannot be told apart and are written too: give the report, or take them out before uploading\n");
    }

    @Test
    void theReportCountsTheListingsToChangeAndSaysWhenAnExportCannotBeRead(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("policy.yaml"), Files.readString(SHOP.resolve("policy.yaml"))
                + "listings:\n  ebay: " + DIR.resolve("current/eBay-all-active-listings.csv").toAbsolutePath() + "\n"
                + "  amazon: missing.txt\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.run("report", "--data", SHOP.toString(), "--policy", dir.resolve("policy.yaml").toString(),
                "--as-of", AS_OF, "--channel", "dtc");
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.out()).contains("listings to change today: ebay 6; atp listings writes the files");
        assertThat(run.err()).startsWith("atp: listings.amazon: missing.txt: file not found");
    }

    @Test
    void theExportMayComeFromStandardInputOnceInputsDoNot() throws IOException {
        String export = Files.readString(DIR.resolve("current/wc-product-export.csv"), StandardCharsets.UTF_8);
        CliRun piped = CliRun.withStdin(export, "listings", "--data", SHOP.toString(), "--as-of", AS_OF,
                "--platform", "woocommerce", "--current", "-");
        assertThat(piped.exit()).as(piped.err()).isZero();
        assertThat(piped.out()).isEqualTo(listings("woocommerce", "wc-product-export.csv").out());
        CliRun twice = CliRun.withStdin(export, "listings", "--data", SHOP.toString(), "--as-of", AS_OF,
                "--platform", "woocommerce", "--current", "-", "--orders", "-");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).startsWith("atp: only one input can come from standard input ('-')\n");
    }

    @Test
    void shopifyAndEbayNeedTheirExport() {
        CliRun run = listings("shopify", null);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("atp: --platform shopify needs --current: shopify's file finds a listing by handle "
                + "and option values, which only its own export gives\n");
        assertThat(listings("ebay", null).exit()).isEqualTo(2);
    }

    @Test
    void anExportOfAnotherPlatformIsNamedWithWhatItMisses() {
        CliRun run = listings("shopify", "wc-product-export.csv");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(DIR.resolve("current/wc-product-export.csv").getFileName()
                + ":1: is not shopify's listings export: no format fits; they need shopify-listings (Handle, Title, Variant SKU, "
                + "Variant Inventory Policy); shopify-listings-2025 (URL handle, Title, SKU, Continue selling when out of stock)\n");
        CliRun close = listings("woocommerce", "products_export_1.csv");
        assertThat(close.exit()).isEqualTo(3);
    }

    @Test
    void badCommandLinesAreRefused() {
        CliRun unknown = listings("etsy", null);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("atp: --platform etsy: atp writes upload files for shopify, woocommerce, amazon, ebay\n");
        CliRun format = listings("woocommerce", null, "--format", "csv");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).startsWith("atp: --format does not apply to listings: it writes woocommerce's own file\n");
        CliRun channel = listings("amazon", null, "--channel", "dtc");
        assertThat(channel.exit()).isEqualTo(2);
        assertThat(channel.err()).startsWith("atp: --channel does not apply to --platform amazon: its file applies the amazon "
                + "channel's decisions\n");
    }

    @Test
    void amazonsFileIsWindows1252AndASkuItCannotHoldIsNamed(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("on-hand.csv"), "sku,on_hand\nCAFÉ-1,4\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("orders.csv"), "order_id,sku,quantity,ordered_at\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("purchase-orders.csv"), "po_number,sku,quantity\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("amazon.txt");
        CliRun run = CliRun.run("listings", "--data", dir.toString(), "--as-of", AS_OF, "--platform", "amazon",
                "--output", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String text = new String(Files.readAllBytes(out), WINDOWS_1252);
        assertThat(text).endsWith("sku\tquantity\thandling-time\tfulfillment-channel\nCAFÉ-1\t4\t\t\n");
        assertThat(Files.readAllBytes(out)).contains((byte) 0xC9);

        Files.writeString(dir.resolve("on-hand.csv"), "sku,on_hand\nCAFÉ-1,4\nMUG-☃,2\n", StandardCharsets.UTF_8);
        CliRun refused = CliRun.run("listings", "--data", dir.toString(), "--as-of", AS_OF, "--platform", "amazon",
                "--output", out.toString());
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).isEqualTo("amazon upload: SKU \"MUG-☃\" cannot be written in Amazon's file (Windows-1252, "
                + "tab-delimited); rename it on Amazon and in atp's data, or leave it out with --sku\n");
        assertThat(new String(Files.readAllBytes(out), WINDOWS_1252)).as("yesterday's file stays").contains("CAFÉ-1\t4");
    }

    /** A damaged export is read or refused with file and line, never a failure of atp's own. */
    @Test
    void aMutatedExportIsReadOrRefusedCleanly(@org.junit.jupiter.api.io.TempDir Path dir) {
        List<String[]> exports = List.of(new String[]{"shopify", "products_export_1.csv"},
                new String[]{"shopify", "products_export_new.csv"}, new String[]{"woocommerce", "wc-product-export.csv"},
                new String[]{"amazon", "All+Listings+Report.txt"}, new String[]{"ebay", "eBay-all-active-listings.csv"});
        org.quicktheories.QuickTheory.qt().withFixedSeed(20261201L).withExamples(150)
                .forAll(org.quicktheories.generators.SourceDSL.arbitrary().pick(exports),
                        org.quicktheories.generators.SourceDSL.integers().between(0, 3000),
                        org.quicktheories.generators.SourceDSL.strings().betweenCodePoints(0x09, 0x7e).ofLengthBetween(0, 6),
                        org.quicktheories.generators.SourceDSL.integers().between(0, 12))
                .checkAssert((export, at, insert, cut) -> {
                    try {
                        byte[] bytes = Files.readAllBytes(DIR.resolve("current").resolve(export[1]));
                        String text = new String(bytes, StandardCharsets.ISO_8859_1);
                        int i = Math.min(at, text.length());
                        String mutated = text.substring(0, i) + insert + text.substring(Math.min(text.length(), i + cut));
                        Path file = dir.resolve(export[1]);
                        Files.write(file, mutated.getBytes(StandardCharsets.ISO_8859_1));
                        CliRun run = CliRun.run("listings", "--data", SHOP.toString(), "--as-of", AS_OF, "--platform", export[0],
                                "--current", file.toString());
                        assertThat(run.exit()).as(run.err()).isIn(0, 3);
                        assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
                        if (run.exit() == 3) {
                            assertThat(run.out()).isEmpty();
                            assertThat(run.err()).startsWith(export[1] + ":");
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @Test
    void aPolicyListingsKeyMustBeAPlatform(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("policy.yaml"), "listings:\n  etsy: listings.csv\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.run("report", "--data", SHOP.toString(), "--policy", dir.resolve("policy.yaml").toString(),
                "--as-of", AS_OF);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("listings.etsy: not a platform atp writes for; use shopify, woocommerce, amazon, ebay");
    }
}
