package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Formats as data: a merchant's own in DATA/formats/, checked like the policy, recognised from the header. */
class FormatsTest {

    @TempDir
    Path dir;

    private static final String ETSY = """
            name: etsy-order-items
            kind: orders
            origin: "Etsy: Shop Manager > Settings > Options > Download Data"
            signature: [Sale Date, Item Name, Quantity, Order ID, Date Shipped]
            columns:
              order_id: Order ID
              sku: SKU
              quantity: Quantity
              ordered_at: Sale Date
              channel:
                - value: etsy
              status:
                - when: { Date Shipped: present }
                  value: shipped
                - value: open
            rows:
              skip:
                - when: { SKU: blank }
                  reason: listing without a SKU
            """;

    @Test
    void aMerchantsFormatIsListedRecognisedAndUsed() throws IOException {
        ShopFolder shop = new ShopFolder(dir)
                .write("policy.yaml", "channels:\n  dtc: {}\n  etsy: { backorder: false }\n")
                .write("orders.csv", "Sale Date,Item Name,Buyer,Quantity,Order ID,Date Shipped,SKU\n"
                        + "2026-11-20,Mug,ann,2,3001,,A\n2026-11-21,Print,bo,1,3002,,\n2026-11-19,Mug,cy,1,3003,2026-11-20,A\n");
        Files.createDirectories(dir.resolve("formats"));
        Files.writeString(dir.resolve("formats/etsy.yaml"), ETSY);
        assertThat(shop.run("formats", "--format", "csv").out())
                .contains("etsy-order-items,orders,\"Sale Date, Item Name, Quantity, Order ID, Date Shipped\",fixed: etsy,"
                        + dir.resolve("formats/etsy.yaml"));
        CliRun validate = shop.run("validate", "--format", "csv");
        assertThat(validate.out()).as(validate.err()).contains("orders.csv,orders,etsy-order-items,3,2,0,1,\"ok; skipped: listing without a SKU (1)\"");
        assertThat(shop.run("allocate", "--format", "csv").out()).contains(",3001,A,etsy,2026-11-20T00:00:00Z,2,on-hand,");
    }

    @Test
    void aFormatFileIsCheckedLikeThePolicy() throws IOException {
        ShopFolder shop = new ShopFolder(dir);
        Files.createDirectories(dir.resolve("formats"));
        Files.writeString(dir.resolve("formats/bad.yaml"), ETSY.replace("  quantity: Quantity\n", "  qty: Quantity\n"));
        CliRun run = shop.run("check");
        assertThat(run.err()).isEqualTo(dir.resolve("formats/bad.yaml") + ":8: columns.qty: not a column of orders.csv; its "
                + "columns are: order_id, sku, quantity, ordered_at, channel, status, shipped, promised_date, customer, tags, shipped_at\n");
        assertThat(run.exit()).isEqualTo(2);
        Files.writeString(dir.resolve("formats/bad.yaml"), ETSY.replace("rows:", "row:"));
        assertThat(shop.run("check").err()).startsWith(dir.resolve("formats/bad.yaml") + ":16: unknown key \"row\"; known keys here: ");
    }

    @Test
    void aWordTheFormatDoesNotKnowIsAnInvalidRowNamingTheWordsItKnows() {
        String header = "Name,Email,Created at,Lineitem quantity,Lineitem sku,Lineitem fulfillment status,Cancelled at,Source\n";
        CliRun run = new ShopFolder(dir).write("orders_export_1.csv", header
                + "#1001,a@example.com,2026-11-20 10:00:00 -0500,1,A,pending,,web\n"
                + "#1002,b@example.com,2026-11-20 11:00:00 -0500,1,A,shipped-ish,,web\n").run("check");
        assertThat(run.err()).isEqualTo("orders_export_1.csv:3: Lineitem fulfillment status \"shipped-ish\" is not a word "
                + "the shopify-orders format knows; it knows: pending, unfulfilled, partial, fulfilled, restocked\n");
        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void aFileThatFitsNoFormatNamesTheClosest() {
        CliRun run = new ShopFolder(dir).write("orders.csv", "Name,Email,Created at,Lineitem quantity,Lineitem name,Source\n"
                + "#1,a@example.com,2026-11-20 10:00:00 -0500,1,Tee,web\n").run("check");
        assertThat(run.err()).endsWith("orders.csv:1: fits no format of orders files either; the closest: shopify-orders "
                + "(missing: Lineitem sku, Lineitem fulfillment status) (atp formats lists them; FORMAT:orders.csv names one)\n");
        assertThat(run.exit()).isEqualTo(3);
    }

    private static final String SHOPIFY = "Name,Email,Created at,Lineitem quantity,Lineitem sku,Lineitem fulfillment status,"
            + "Cancelled at,Source,Tags\n";

    @Test
    void anOrdersFieldsAreCarriedByItsKeyNeverFromAnotherOrder() {
        ShopFolder shop = new ShopFolder(dir).write("on-hand.csv", "sku,on_hand\nA,10\nB,10\n")
                .write("orders_export_1.csv", SHOPIFY
                        + "#1001,a@x.example,2026-11-20 10:00:00 -0500,1,A,pending,2026-11-21 10:00:00 -0500,tiktok,\n"
                        + "#1002,b@x.example,2026-11-20 11:00:00 -0500,1,A,pending,,web,\n"
                        + "#1001,a@x.example,2026-11-20 10:00:00 -0500,2,B,pending,,,\n");
        CliRun run = shop.run("allocate", "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(",#1002,A,dtc,").doesNotContain("#1001");
    }

    @Test
    void aDataRowCutShortIsInvalidNotSkipped() {
        CliRun run = new ShopFolder(dir).write("orders_export_1.csv", SHOPIFY
                + "#1001,a@x.example,2026-11-20 10:00:00 -0500,1,A,pending,,web,\n#1002,b@x.example,2026-11-20 11:00:00 -0500,3,B\n")
                .run("validate");
        assertThat(run.err()).isEqualTo("orders_export_1.csv:3: has 5 fields, the header has 9\n");
    }

    @Test
    void aPlatformExportWithAColumnTwiceIsRefused() {
        CliRun run = new ShopFolder(dir).write("orders_export_1.csv", SHOPIFY.replace("Tags", "Lineitem SKU")
                + "#1001,a@x.example,2026-11-20 10:00:00 -0500,1,A,pending,,web,A\n").run("check");
        assertThat(run.err()).isEqualTo("orders_export_1.csv:1: columns 5 \"Lineitem sku\" and 9 \"Lineitem SKU\" are the same "
                + "column; remove or rename one\n");
        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void rowsWithTheKeyOnTheirOrdersFirstRowOnlyContinueThatOrder() {
        CliRun run = new ShopFolder(dir).write("on-hand.csv", "sku,on_hand\nA,10\nB,10\n")
                .write("orders-woo.csv", "Order Number,Order Status,Order Date,Email (Billing),Item #,SKU,Item Name,Quantity,Item Cost\n"
                        + "1001,Processing,2026-11-23 13:02,a@x.example,1,A,Tee,1,5\n,,,,2,B,Mug,2,5\n")
                .run("allocate", "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(",1001,A,dtc,2026-11-23T13:02:00Z,1,", ",1001,B,dtc,2026-11-23T13:02:00Z,2,");
    }

    @Test
    void aMerchantsFormatWithAtpsColumnNamesIsStillRecognised() throws IOException {
        Files.createDirectories(dir.resolve("formats"));
        Files.writeString(dir.resolve("formats/erp.yaml"), """
                name: erp-orders
                kind: orders
                signature: [order_id, sku, quantity, ordered_at, status]
                columns:
                  order_id: order_id
                  sku: sku
                  quantity: quantity
                  ordered_at: ordered_at
                  status:
                    - header: status
                      words: { done: shipped, new: open }
                """);
        CliRun run = new ShopFolder(dir).write("orders.csv", "order_id,sku,quantity,ordered_at,status\n1,A,1,2026-11-20,done\n"
                + "2,A,2,2026-11-21,new\n").run("validate", "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("orders.csv,orders,erp-orders,2,2,0,0,ok");
    }

    @Test
    void formatFilesNeedASignatureAndAGroupForWhatTheyCarry() throws IOException {
        ShopFolder shop = new ShopFolder(dir);
        Files.createDirectories(dir.resolve("formats"));
        Files.writeString(dir.resolve("formats/a.yml"), ETSY.replace("signature: [Sale Date, Item Name, Quantity, Order ID, Date Shipped]",
                "signature: []"));
        assertThat(shop.run("check").err()).isEqualTo(dir.resolve("formats/a.yml")
                + ":4: signature needs at least one column: the headers that recognise the export\n");
        Files.writeString(dir.resolve("formats/a.yml"), ETSY.replace("signature: [Sale Date, Item Name, Quantity, Order ID, Date Shipped]",
                "signature: Sale Date"));
        assertThat(shop.run("check").err()).isEqualTo(dir.resolve("formats/a.yml")
                + ":4: signature must be a list, e.g. [Name, Created at]\n");
        Files.writeString(dir.resolve("formats/a.yml"), ETSY.replace("signature: [Sale Date, Item Name, Quantity, Order ID, Date Shipped]",
                "signature: [Sale Date, \"  \"]"));
        assertThat(shop.run("check").err()).isEqualTo(dir.resolve("formats/a.yml")
                + ":4: signature: each item must be text\n");
        // the checks a format file shares with policy.yaml say what they found
        Files.writeString(dir.resolve("formats/a.yml"), ETSY.replace("kind: orders\n", "kind: orders\nnet_of_orders: yes please\n"));
        assertThat(shop.run("check").err()).isEqualTo(dir.resolve("formats/a.yml")
                + ":3: net_of_orders must be true or false (found \"yes please\")\n");
        Files.writeString(dir.resolve("formats/a.yml"), ETSY.replace("origin: \"Etsy: Shop Manager > Settings > Options > Download Data\"",
                "origin: [Etsy]"));
        assertThat(shop.run("check").err()).isEqualTo(dir.resolve("formats/a.yml") + ":3: origin must be text (found a list)\n");
        Files.writeString(dir.resolve("formats/a.yml"), ETSY.replace("rows:\n", "rows:\n  carry: [Sale Date]\n"));
        assertThat(shop.run("check").err()).startsWith(dir.resolve("formats/a.yml") + ":17: rows.carry needs rows.group_by");
        Files.writeString(dir.resolve("formats/a.yml"), ETSY.replace("rows:\n", "rows:\n  same_order: { header: Notes, pattern: \"#(\\\\d+)\", "
                + "platform: shopify, counted: elsewhere }\n"));
        assertThat(shop.run("check").err()).isEqualTo(dir.resolve("formats/a.yml") + ":17: rows.same_order.counted \"elsewhere\" is not one of "
                + "here (the other platform's line is skipped), there (this line is skipped)\n");
        Files.writeString(dir.resolve("formats/a.yml"), ETSY.replace("rows:\n", "rows:\n  same_order: { header: Notes, pattern: \"#(\\\\d+)\", "
                + "platform: shopify, when: { Notes: sometimes } }\n"));
        assertThat(shop.run("check").err()).isEqualTo(dir.resolve("formats/a.yml") + ":17: rows.same_order.when.Notes: \"sometimes\" is not a test; "
                + "use present, blank or a list of words\n");
    }

    @Test
    void quotingAndFormulaEscapeTakeOnlyTheWordsTheyKnow() throws IOException {
        ShopFolder shop = new ShopFolder(dir);
        Files.createDirectories(dir.resolve("formats"));
        Files.writeString(dir.resolve("formats/a.yml"), ETSY.replace("kind: orders\n", "kind: orders\nquoting: single\n"));
        assertThat(shop.run("check").err()).isEqualTo(dir.resolve("formats/a.yml")
                + ":3: quoting \"single\" is not one of rfc4180 (a \" opens a quoted field), none (a \" is text)\n");
        Files.writeString(dir.resolve("formats/a.yml"), ETSY.replace("kind: orders\n", "kind: orders\nformula_escape: true\n"));
        assertThat(shop.run("check").err()).isEqualTo(dir.resolve("formats/a.yml")
                + ":3: formula_escape \"true\" is not one of none, apostrophe (a ' before = + - @ is taken off every cell)\n");
        Files.writeString(dir.resolve("formats/a.yml"), ETSY.replace("kind: orders\n", "kind: orders\nquoting: [none]\n"));
        assertThat(shop.run("check").err()).isEqualTo(dir.resolve("formats/a.yml") + ":3: quoting must be text (found a list)\n");
        // both words of each work, in a format of the merchant's own
        Files.writeString(dir.resolve("formats/a.yml"), ETSY.replace("kind: orders\n",
                "kind: orders\nquoting: none\nformula_escape: apostrophe\n"));
        shop.write("policy.yaml", "channels:\n  dtc: {}\n  etsy: { backorder: false }\n")
                .write("orders.csv", "Sale Date,Item Name,Quantity,Order ID,Date Shipped,SKU\n"
                + "2026-11-20,\"Big\" Mug,2,3001,,'-12\n");
        CliRun allocate = shop.run("allocate", "--format", "json");
        assertThat(allocate.err()).isEmpty();
        assertThat(allocate.out()).contains("\"order_id\": \"3001\", \"sku\": \"-12\"");
        Files.writeString(dir.resolve("formats/a.yml"), ETSY.replace("kind: orders\n",
                "kind: orders\nquoting: rfc4180\nformula_escape: none\n"));
        assertThat(shop.run("check").err()).isEqualTo("orders.csv:2: text follows the closing quote of a quoted field "
                + "(a quote inside a quoted field is written \"\")\n");
    }

    @Test
    void anAmazonReportInWindows1252IsReadAsItAndOtherFilesStayUtf8() throws IOException {
        String header = "order-id\torder-item-id\tpurchase-date\tsku\tproduct-name\tquantity-purchased\tquantity-shipped\tquantity-to-ship\n";
        byte[] cp1252 = (header + "112-1\t5001\t2026-11-20T08:00:00+00:00\tA\tCaf\u00e9 Mug\t2\t0\t2\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ShopFolder shop = new ShopFolder(dir).write("orders-amazon.txt", cp1252);
        CliRun run = shop.run("validate", "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("orders-amazon.txt,orders,amazon-unshipped,1,1,0,0,ok");
        // atp's own format has no fallback: such a byte still rejects its row
        shop.write("orders.csv", "order_id,sku,quantity,ordered_at,channel\n1,A,1,2026-11-20,Caf\u00e9\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(shop.run("validate").err()).contains("orders.csv:2: holds bytes that are not UTF-8 text");
    }

    @Test
    void aTikTokOrderSyncedIntoShopifyIsCountedOnceWhicheverFileComesFirst() throws IOException {
        String shopify = "examples/multichannel/orders_export_1.csv";
        String tiktok = "examples/multichannel/orders-tiktok.csv";
        for (String[] order : new String[][]{{shopify, tiktok}, {tiktok, shopify}}) {
            CliRun run = CliRun.run("allocate", "--data", "examples/multichannel", "--as-of", "2026-11-24", "--orders", order[0],
                    "--orders", order[1], "--format", "csv");
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains(",#1006,TEE-BLK-M,tiktok,").doesNotContain("576828261362408179");
        }
        CliRun validate = CliRun.run("validate", "--data", "examples/multichannel", "--as-of", "2026-11-24", "--format", "csv");
        assertThat(validate.out()).contains("the same order as shopify order #1006 (orders_export_1.csv line 11), counted there (1)");
        // without TikTok's export, Shopify's copy is the order
        CliRun alone = CliRun.run("allocate", "--data", "examples/shopify", "--as-of", "2026-11-24", "--format", "csv");
        assertThat(alone.out()).contains(",#1006,TEE-BLK-M,tiktok,");
        // Shopify's export on standard input is not searched ahead for the copies: said, not silent
        CliRun piped = CliRun.withStdin(Files.readString(Path.of(shopify)), "allocate", "--data", "examples/multichannel",
                "--as-of", "2026-11-24", "--orders", tiktok, "--orders", "-", "--format", "csv");
        assertThat(piped.err()).isEqualTo("atp: standard input (shopify-orders) is not searched for orders another export also "
                + "has, so such an order may be counted twice; give the file by its path\n");
    }

    /**
     * SPEC "The same order twice": an Amazon Multi-Channel Fulfillment row is Amazon shipping
     * the web shop's order (merchant-order-id); with the web shop's export read too, the
     * skipped row names the order, file and line it copies. Without it, the row is still
     * skipped (Amazon's stock serving the other shop), saying so.
     */
    @Test
    void anAmazonMultiChannelRowNamesTheWebShopOrderItCopies() {
        CliRun validate = CliRun.run("validate", "--data", "examples/multichannel", "--as-of", "2026-11-24", "--format", "csv");
        assertThat(validate.out()).contains("Orders-Amazon-All.txt,orders,amazon-orders,7,5,0,2,\"ok; skipped: "
                + "fulfilled by Amazon: Amazon's stock, not yours (1); "
                + "the same order as shopify order #1003 (orders_export_1.csv line 5), counted there (1)\"");
        CliRun allocate = CliRun.run("allocate", "--data", "examples/multichannel", "--as-of", "2026-11-24", "--format", "csv");
        assertThat(allocate.out()).contains(",#1003,").doesNotContain("S01-0000004-0000004");
        CliRun alone = CliRun.run("validate", "--data", "examples/multichannel", "--as-of", "2026-11-24", "--format", "csv",
                "--orders", "examples/multichannel/Orders-Amazon-All.txt");
        assertThat(alone.out()).contains("Orders-Amazon-All.txt,orders,amazon-orders,7,5,0,2,\"ok; skipped: "
                + "Multi-Channel Fulfillment: an order of your other shop, fulfilled by Amazon (1); ");
    }

    /** A platform export's problems name its own headers, and its date patterns as the format's, not the policy's. */
    @Test
    void problemsInAPlatformsExportNameItsOwnHeaders() throws IOException {
        for (String name : new String[]{"on-hand.csv", "purchase-orders.csv"}) {
            Files.copy(Path.of("examples/shopify", name.equals("on-hand.csv") ? "inventory_export_1.csv" : name), dir.resolve(name));
        }
        String shopify = Files.readString(Path.of("examples/shopify/orders_export_1.csv"));
        Files.writeString(dir.resolve("orders_export_1.csv"), shopify.replaceFirst("-0500,2,Everyday Tee", "-0500,2.5,Everyday Tee"));
        CliRun bad = CliRun.run("availability", "--data", dir.toString(), "--as-of", "2026-11-24");
        assertThat(bad.err()).isEqualTo("orders_export_1.csv:2: Lineitem quantity \"2.5\" is not a whole number\n");
        Files.delete(dir.resolve("orders_export_1.csv"));
        // a column taken as one cell less another is named by the first (Shopify's On hand less Unavailable)
        String inventory = Files.readString(dir.resolve("on-hand.csv"));
        Files.writeString(dir.resolve("on-hand.csv"), inventory.replaceFirst(",10,\n", ",abc,\n"));
        assertThat(CliRun.run("availability", "--data", dir.toString(), "--as-of", "2026-11-24").err())
                .contains("on-hand.csv:2: On hand (current) \"abc\" is not a whole number\n");
        Files.writeString(dir.resolve("on-hand.csv"), inventory);
        String ebay = Files.readString(Path.of("examples/multichannel/orders-ebay.csv"));
        Files.writeString(dir.resolve("orders-ebay.csv"), ebay.replaceFirst("Nov-20-26", "20.11.2026"));
        CliRun date = CliRun.run("availability", "--data", dir.toString(), "--as-of", "2026-11-24");
        assertThat(date.err()).isEqualTo("orders-ebay.csv:4: Sale Date \"20.11.2026\" is not a date (expected 2026-04-15, "
                + "2026-04-15T10:22:13Z or 2026-04-15 10:22:13 -0400, or one of the ebay-orders format's dates: MMM-dd-yy, dd-MMM-yy, "
                + "MMM-dd-yy HH:mm:ss)\n");
        Files.writeString(dir.resolve("policy.yaml"), "date_formats: [dd/MM/yyyy]\n");
        CliRun both = CliRun.run("availability", "--data", dir.toString(), "--as-of", "2026-11-24");
        assertThat(both.err()).isEqualTo("orders-ebay.csv:4: Sale Date \"20.11.2026\" is not a date (expected 2026-04-15, "
                + "2026-04-15T10:22:13Z or 2026-04-15 10:22:13 -0400, or one of the policy's date_formats and the ebay-orders "
                + "format's dates: dd/MM/yyyy, MMM-dd-yy, dd-MMM-yy, MMM-dd-yy HH:mm:ss)\n");
    }

    @Test
    void stockNetOfOpenOrdersGetsThemAddedBackAndSaysSo() throws IOException {
        ShopFolder shop = new ShopFolder(dir)
                .write("on-hand.csv", "sku,on_hand\nX,1\n")
                .write("inventory-woocommerce.csv", Files.readAllBytes(Path.of("src/test/resources/cases/webshop/products-woocommerce.csv")))
                .write("orders-woocommerce.csv", Files.readAllBytes(Path.of("src/test/resources/cases/webshop/orders-woocommerce.csv")));
        CliRun availability = shop.run("availability", "--format", "csv");
        assertThat(availability.err()).isEmpty();
        assertThat(availability.out()).contains("MUG-1,,6,0,2,4,");
        assertThat(shop.run("validate").err()).isEqualTo("atp: woocommerce's stock figures are net of its open orders: "
                + "2 open units of the woocommerce orders read added back to on hand\n");
        Files.delete(dir.resolve("orders-woocommerce.csv"));
        CliRun without = shop.run("availability", "--format", "csv");
        assertThat(without.err()).isEqualTo("atp: woocommerce's stock figures are net of its open orders, but no woocommerce "
                + "orders export was read: read as they are (give the orders export too)\n");
        assertThat(without.out()).contains("MUG-1,,4,");
    }

    @Test
    void shopifysAvailableOnlyInventorySumsItsLocationColumnsAndAddsBackOpenOrders() throws IOException {
        ShopFolder shop = new ShopFolder(dir)
                .write("on-hand.csv", "sku,on_hand\nX,1\n")
                .write("inventory_export_1.csv", "Handle,Title,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,"
                        + "Option3 Value,SKU,HS Code,COO,Main warehouse,Pop-up shop\n"
                        + "everyday-tee,Everyday Tee,Size,M,,,,,TEE-BLK-M,,,2,1\nclassic-mug,Classic Mug,Title,Default Title,,,,,MUG-1,,,4,not stocked\n")
                .write("orders_export_1.csv", Files.readAllBytes(Path.of("examples/shopify/orders_export_1.csv")));
        CliRun run = shop.run("availability", "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("MUG-1,,6,", "TEE-BLK-M,,7,");
        assertThat(shop.run("validate", "--format", "csv").out()).contains("inventory_export_1.csv,on-hand,shopify-inventory-available,2,2,0,0,ok");
    }
}
