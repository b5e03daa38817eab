package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platforms' own ways of writing their exports, read as the platform's own importer would
 * (EXPORTS.md): Amazon's reports quote nothing, WooCommerce's exporter puts a {@code '}
 * before a cell a spreadsheet would take for a formula, and an Amazon report in Windows-1252
 * reads the same from standard input as from a file.
 */
class PlatformQuirksTest {

    @TempDir
    Path dir;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final String ALL_ORDERS = "amazon-order-id\tmerchant-order-id\tpurchase-date\torder-status\t"
            + "fulfillment-channel\tsales-channel\tproduct-name\tsku\titem-status\tquantity\n";

    private static String allOrdersRow(String id, String title, String sku) {
        return id + "\t\t2026-11-20T08:00:00+00:00\tPending\tMerchant\tAmazon.com\t" + title + "\t" + sku + "\tUnshipped\t1\n";
    }

    @Test
    void aQuoteInAnAmazonReportIsAnOrdinaryCharacterAndATabStillSplits() {
        ShopFolder shop = new ShopFolder(dir).write("orders-amazon.txt", ALL_ORDERS
                + allOrdersRow("111-1", "\"Limited\" Mug", "A")
                + allOrdersRow("111-2", "Tee 12\" print", "A")
                + allOrdersRow("111-3", "Mug \"blue\"", "A")
                + allOrdersRow("111-4", "\"", "A"));
        CliRun validate = shop.run("validate", "--format", "csv");
        assertThat(validate.err()).isEmpty();
        assertThat(validate.out()).contains("orders-amazon.txt,orders,amazon-orders,4,4,0,0,ok");
        CliRun allocate = shop.run("allocate", "--format", "csv");
        assertThat(allocate.out()).contains(",111-1,A,amazon,", ",111-2,A,amazon,", ",111-3,A,amazon,", ",111-4,A,amazon,");
    }

    @Test
    void aQuoteInAnAmazonUnshippedReportIsAnOrdinaryCharacter() {
        ShopFolder shop = new ShopFolder(dir).write("orders-unshipped.txt",
                "order-id\torder-item-id\tpurchase-date\tsku\tproduct-name\tquantity-purchased\tquantity-shipped\tquantity-to-ship\n"
                        + "112-1\t1\t2026-11-20T08:00:00-08:00\tA\t\"Limited\" Mug\t3\t1\t2\n");
        CliRun validate = shop.run("validate", "--format", "csv");
        assertThat(validate.err()).isEmpty();
        assertThat(validate.out()).contains("orders-unshipped.txt,orders,amazon-unshipped,1,1,0,0,ok");
    }

    @Test
    void anAmazonListingsReportWhoseTitleStartsWithAQuoteGivesTheSameUpload() throws java.io.IOException {
        Path listings = Path.of("src/test/resources/listings");
        byte[] report = java.nio.file.Files.readAllBytes(listings.resolve("current/All+Listings+Report.txt"));
        String text = new String(report, WINDOWS_1252).replace("\nLamp\t", "\n\"Lamp\" 12\"\t");
        java.nio.file.Files.write(dir.resolve("current.txt"), text.getBytes(WINDOWS_1252));
        CliRun run = CliRun.run("listings", "--data", listings.resolve("shop").toString(), "--as-of", "2026-11-24",
                "--platform", "amazon", "--current", dir.resolve("current.txt").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(java.nio.file.Files.readString(listings.resolve("expected/amazon.upload"), WINDOWS_1252));
    }

    private static final String WOO = "ID,Type,SKU,Name,Published,Stock,Parent,\"Backorders allowed?\"\n";

    @Test
    void wooCommercesApostropheBeforeAFormulaIsRemovedAsItsImporterDoes() {
        ShopFolder shop = new ShopFolder(dir)
                .write("on-hand.csv", "sku,on_hand\nX,1\n")
                .write("inventory-woocommerce.csv", WOO
                        + "11,simple,'-12,'=Neg,1,'-3,,notify\n"
                        + "12,simple,'@home,'+Plus,1,4,,notify\n"
                        + "13,simple,'AB,'Quoted' name,1,2,,notify\n")
                .write("products-woocommerce.csv", WOO
                        + "11,simple,'-12,'=Neg,1,'-3,,notify\n"
                        + "13,simple,'AB,'Quoted' name,1,2,,notify\n");
        // json: atp's csv output would put its own ' before -12 (the formula guard)
        CliRun availability = shop.run("availability", "--format", "json");
        assertThat(availability.err()).contains("no woocommerce orders export was read");
        assertThat(availability.out()).contains("{\"sku\": \"-12\", \"title\": \"=Neg\", \"on_hand\": -3,",
                "{\"sku\": \"@home\", \"title\": \"\", \"on_hand\": 4,",
                "{\"sku\": \"'AB\", \"title\": \"'Quoted' name\", \"on_hand\": 2,");
    }

    @Test
    void aWooCommerceSkuWrittenWithAnApostropheMatchesAtpsSkuAndIsUploadedWithout() {
        ShopFolder shop = new ShopFolder(dir)
                .write("on-hand.csv", "sku,on_hand\n-12,0\nAB,0\n")
                .write("orders.csv", "order_id,sku,quantity,ordered_at\n")
                .write("purchase-orders.csv", "po_number,sku,quantity\n")
                .write("wc.csv", "ID,Type,SKU,Name,Stock,\"Backorders allowed?\"\n11,simple,'-12,Neg,0,notify\n12,simple,AB,Plain,0,notify\n");
        CliRun run = shop.run("listings", "--platform", "woocommerce", "--current", dir.resolve("wc.csv").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("SKU,Backorders allowed?\n-12,0\nAB,0\n");
        assertThat(run.err()).doesNotContain("'-12").contains("2 rows: 0 products to take backorders (notify), 2 to refuse them (0)");
    }

    @Test
    void anAmazonReportInWindows1252OnStandardInputIsReadAsItIsFromAFile() {
        byte[] cp1252 = (ALL_ORDERS + allOrdersRow("111-1", "Caf\u00e9 \"Limited\" Mug", "A")).getBytes(WINDOWS_1252);
        ShopFolder shop = new ShopFolder(dir);
        for (String orders : new String[]{"-", "amazon-orders:-"}) {
            CliRun run = withStdin(cp1252, "validate", "--data", shop.data(), "--as-of", "2026-11-24", "--orders", orders,
                    "--format", "csv");
            assertThat(run.err()).as(orders).isEmpty();
            assertThat(run.out()).as(orders).contains("<stdin>,orders,amazon-orders,1,1,0,0,ok");
        }
        // atp's own format on standard input has no fallback: such a byte still rejects its row
        CliRun own = withStdin("order_id,sku,quantity,ordered_at,channel\n1,A,1,2026-11-20,Caf\u00e9\n".getBytes(WINDOWS_1252),
                "validate", "--data", shop.data(), "--as-of", "2026-11-24", "--orders", "-");
        assertThat(own.err()).isEqualTo("<stdin>:2: holds bytes that are not UTF-8 text; save the file as UTF-8\n");
        // and a UTF-8 report on standard input stays UTF-8
        CliRun utf8 = withStdin((ALL_ORDERS + allOrdersRow("111-1", "Caf\u00e9", "A")).getBytes(StandardCharsets.UTF_8),
                "allocate", "--data", shop.data(), "--as-of", "2026-11-24", "--orders", "-", "--format", "csv");
        assertThat(utf8.err()).isEmpty();
        assertThat(utf8.out()).contains(",111-1,A,amazon,");
    }

    private static CliRun withStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Atp.run(args, new ByteArrayInputStream(stdin), out, err);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
