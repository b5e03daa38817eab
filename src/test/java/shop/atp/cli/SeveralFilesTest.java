package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC "Several files of a kind": the --data folder's files by name prefix, repeated flags, FORMAT:PATH, and file order in FIFO. */
class SeveralFilesTest {

    @TempDir
    Path dir;

    @Test
    void theDataFolderIsReadByNamePrefixInNameOrder() {
        ShopFolder shop = new ShopFolder(dir)
                .write("inventory_export_1.csv", "sku,on_hand\nB,4\n")
                .write("orders_export_1.csv", "order_id,sku,quantity,ordered_at\n2001,B,1,2026-11-02\n")
                .write("Orders-Amazon.TXT", "order_id\tsku\tquantity\tordered_at\n3001\tB\t1\t2026-11-03\n")
                .write("orders-notes.md", "not an export\n")
                .write("notices-log.csv", "order_id,kind,sent_on,ship_by\n");
        CliRun validate = shop.run("validate", "--format", "csv");
        assertThat(validate.err()).isEmpty();
        assertThat(validate.out()).isEqualTo("file,kind,format,rows_read,rows_used,rows_rejected,rows_skipped,status\r\n"
                + "inventory_export_1.csv,on-hand,atp,1,1,0,0,ok\r\n"
                + "on-hand.csv,on-hand,atp,1,1,0,0,ok\r\n"
                + "purchase-orders.csv,purchase-orders,atp,1,1,0,0,ok\r\n"
                + "Orders-Amazon.TXT,orders,atp,1,1,0,0,ok\r\n"
                + "orders.csv,orders,atp,1,1,0,0,ok\r\n"
                + "orders_export_1.csv,orders,atp,1,1,0,0,ok\r\n"
                + "products.csv,products,atp,0,0,0,0,not given (optional)\r\n");
        assertThat(shop.run("availability", "--format", "csv").out()).contains("A,,5,10,2,13,", "B,,4,0,2,2,");
    }

    @Test
    void aKindGivenByFlagsIsReadFromThoseFilesOnlyInTheOrderGiven() {
        ShopFolder shop = new ShopFolder(dir)
                .write("orders_export_1.csv", "order_id,sku,quantity,ordered_at\n2001,A,5,2026-11-02\n")
                .write("first.csv", "order_id,sku,quantity,ordered_at\n1001,A,2,2026-11-01T10:00:00Z\n")
                .write("second.csv", "order_id,sku,quantity,ordered_at,channel\n1001,A,4,2026-11-01T10:00:00Z,dtc\n");
        // 5 on hand: the line of the file read first gets its units first, the other is short by 1
        CliRun ab = shop.run("allocate", "--orders", dir.resolve("first.csv").toString(), "--orders",
                dir.resolve("second.csv").toString(), "--format", "csv");
        assertThat(ab.err()).isEmpty();
        assertThat(ab.out()).contains("1,1001,A,dtc,2026-11-01T10:00:00Z,2,on-hand,", "2,1001,A,dtc,2026-11-01T10:00:00Z,3,on-hand,")
                .doesNotContain("2001");
        CliRun ba = shop.run("allocate", "--orders", "atp:" + dir.resolve("second.csv"), "--orders",
                dir.resolve("first.csv").toString(), "--format", "csv");
        assertThat(ba.out()).contains("1,1001,A,dtc,2026-11-01T10:00:00Z,4,on-hand,", "2,1001,A,dtc,2026-11-01T10:00:00Z,1,on-hand,");
    }

    @Test
    void aFormatAtpDoesNotKnowIsACommandLineError() {
        CliRun run = new ShopFolder(dir).run("check", "--orders", "shopify:orders_export_1.csv");
        assertThat(run.err()).startsWith("atp: --orders shopify:orders_export_1.csv: no format \"shopify\"; the formats are: atp, shopify-orders, shopify-inventory, shopify-inventory-2023, woocommerce-orders, amazon-orders, amazon-unshipped, tiktok-orders, shopify-products, woocommerce-products, ebay-orders, woocommerce-stock, shopify-inventory-available, shopify-products-stock\n");
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void aPlatformsWordForAChannelIsOneOfItsNames() {
        ShopFolder shop = new ShopFolder(dir).write("orders.csv", "order_id,sku,quantity,ordered_at,channel\n"
                + "1001,A,1,2026-11-01,WEB\n1002,A,1,2026-11-02,shopify_draft_order\n1003,A,1,2026-11-03,tiktok\n"
                + "1004,A,1,2026-11-04,pos\n");
        CliRun run = shop.run("allocate", "--format", "csv");
        assertThat(run.err()).startsWith("orders.csv:5: channel \"pos\" is not in the policy's channels: dtc, amazon, ebay, walmart, tiktok; ");
        CliRun mapped = shop.write("policy.yaml", "channels:\n  dtc: { names: [web, pos, shopify_draft_order] }\n  tiktok: { backorder: false, names: [tiktok] }\n")
                .run("allocate", "--format", "csv");
        assertThat(mapped.err()).isEmpty();
        assertThat(mapped.out()).contains(",1001,A,dtc,", ",1003,A,tiktok,", ",1004,A,dtc,");
    }

    @Test
    void aFileGivenTwiceIsRefusedAndAProductListedInTwoFilesNamesTheFirst() {
        ShopFolder shop = new ShopFolder(dir)
                .write("products-1.csv", "sku,title\nA,Alpha\n")
                .write("products-2.csv", "sku,title\nB,Beta\nA,Alpha again\n");
        CliRun twice = shop.run("check", "--orders", dir.resolve("orders.csv").toString(), "--orders",
                dir.resolve("./orders.csv").toString());
        assertThat(twice.err()).startsWith("atp: --orders " + dir.resolve("./orders.csv") + " is given twice; each file is read once\n");
        assertThat(twice.exit()).isEqualTo(2);
        CliRun listedTwice = shop.run("check");
        assertThat(listedTwice.err()).isEqualTo("products-2.csv:3: sku \"A\" is listed again (first on products-1.csv line 2)\n");
    }

    /** SPEC's own example of FORMAT:PATH: {@code --orders amazon-orders:AllOrders.txt}. */
    @Test
    void theContractsExampleNamesAmazonsAllOrdersReport() throws Exception {
        ShopFolder shop = new ShopFolder(dir);
        java.nio.file.Files.copy(Path.of("examples/multichannel/Orders-Amazon-All.txt"), dir.resolve("AllOrders.txt"));
        CliRun run = shop.run("validate", "--orders", "amazon-orders:" + dir.resolve("AllOrders.txt"), "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("AllOrders.txt,orders,amazon-orders,7,5,0,2,");
    }

    /**
     * SPEC "Products": a products export's stock is not on-hand "unless the file is given as an
     * on-hand file": Shopify's products_export_1.csv, found in the folder as the products file,
     * is read as the on-hand file too when --on-hand names it. Once per kind, not twice.
     */
    @Test
    void aProductsExportInTheFolderIsTheOnHandFileTooWhenNamedSo() {
        CliRun run = CliRun.run("validate", "--data", "examples/shopify", "--as-of", "2026-11-24",
                "--on-hand", "shopify-products-stock:examples/shopify/products_export_1.csv", "--format", "csv");
        assertThat(run.err()).doesNotContain("given twice");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("products_export_1.csv,on-hand,shopify-products-stock,", "products_export_1.csv,products,shopify-products,");
        CliRun twice = CliRun.run("validate", "--data", "examples/shopify", "--as-of", "2026-11-24",
                "--products", "examples/shopify/products_export_1.csv", "--products", "examples/shopify/./products_export_1.csv");
        assertThat(twice.err()).startsWith("atp: --products examples/shopify/./products_export_1.csv is given twice; each file is read once\n");
        assertThat(twice.exit()).isEqualTo(2);
        // only a products export may be a second kind: orders named as on-hand too is a slip
        CliRun slip = CliRun.run("availability", "--data", "examples/shopify", "--as-of", "2026-11-24",
                "--orders", "examples/shopify/orders_export_1.csv", "--on-hand", "examples/shopify/orders_export_1.csv");
        assertThat(slip.err()).startsWith("atp: --orders examples/shopify/orders_export_1.csv is given twice (as --on-hand too); "
                + "each file is read once\n");
        assertThat(slip.exit()).isEqualTo(2);
    }

    /** A format named with FORMAT:PATH whose columns the file lacks is one error at its header, not one per row. */
    @Test
    void aNamedFormatWhoseColumnsTheFileLacksIsAnErrorAtItsHeader() throws Exception {
        // eBay's report has a line of commas above its header: the header's own line is named
        String ebay = java.nio.file.Files.readString(Path.of("examples/multichannel/orders-ebay.csv"));
        java.nio.file.Files.writeString(dir.resolve("ebay.csv"), ebay.replaceFirst("\"Sale Date\"", "\"Date of Sale\""));
        CliRun one = CliRun.run("availability", "--data", "examples/shopify", "--as-of", "2026-11-24",
                "--orders", "ebay-orders:" + dir.resolve("ebay.csv"));
        assertThat(one.err()).isEqualTo("ebay.csv:2: is not in the ebay-orders format: it lacks the column Sale Date\n");
        CliRun run = CliRun.run("availability", "--data", "examples/shopify", "--as-of", "2026-11-24",
                "--orders", "tiktok-orders:examples/shopify/orders_export_1.csv");
        assertThat(run.err()).isEqualTo("orders_export_1.csv:1: is not in the tiktok-orders format: it lacks the columns "
                + "Order ID, Order Status, Seller SKU, Quantity, Created Time\n");
        assertThat(run.exit()).isEqualTo(3);
    }
}
