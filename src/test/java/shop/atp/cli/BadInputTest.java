package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of bad input: the exact message on standard error, nothing on standard output, exit 3. */
class BadInputTest {

    @TempDir
    Path dir;

    private CliRun availability(String file, String content) {
        return new ShopFolder(dir).write(file, content).run("availability");
    }

    private static void assertBadInput(CliRun run, String expectedErr) {
        assertThat(run.err()).isEqualTo(expectedErr);
        assertThat(run.out()).isEmpty();
        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void quantityThatIsNotANumber() {
        assertBadInput(availability("orders.csv", "order_id,sku,quantity,ordered_at\n1,A,2,2026-11-01\n2,A,1,2026-11-01\n3,A,abc,2026-11-02\n"),
                "orders.csv:4: quantity \"abc\" is not a whole number\n");
    }

    @Test
    void fractionalQuantity() {
        assertBadInput(availability("on-hand.csv", "sku,on_hand\nA,12.5\nB,12.0\n"),
                "on-hand.csv:2: on_hand \"12.5\" is not a whole number\n");
    }

    @Test
    void leadTimeThatIsNotAWholeNumberOfDays() {
        assertBadInput(availability("products.csv", "sku,title,lead_time_days\nA,Tee,30\nB,Cap,2.5\nC,Mug,-4\nD,Pin,\nE,Hat,9999\n"),
                "products.csv:3: lead_time_days \"2.5\" is not a whole number\n"
                        + "products.csv:4: lead_time_days \"-4\" is negative; 0 or more is required\n"
                        + "products.csv:6: lead_time_days \"9999\" is more than 3650 days (ten years)\n");
    }

    @Test
    void emptyRequiredCell() {
        assertBadInput(availability("orders.csv", "order_id,sku,quantity,ordered_at\n1,,2,2026-11-01\n"),
                "orders.csv:2: sku is empty; a value is required\n");
    }

    @Test
    void everyProblemOfEveryFileIsListed() {
        CliRun run = new ShopFolder(dir)
                .write("on-hand.csv", "sku,on_hand\nA,x\nB,-1\n")
                .write("orders.csv", "order_id,sku,quantity,ordered_at\n1,A,-2,yesterday\n")
                .run("availability");
        assertBadInput(run, "on-hand.csv:2: on_hand \"x\" is not a whole number\n"
                + "orders.csv:2: quantity \"-2\" is negative; 0 or more is required\n"
                + "orders.csv:2: ordered_at \"yesterday\" is not a date (expected 2026-04-15, 2026-04-15T10:22:13Z or 2026-04-15 10:22:13 -0400)\n");
    }

    /** A file that cannot be read to its end still has its invalid rows before that point listed. */
    @Test
    void rowProblemsBeforeAnUnreadableLineAreListedToo() {
        CliRun run = new ShopFolder(dir)
                .write("orders.csv", "order_id,sku,quantity,ordered_at\n1,A,x,2026-11-01\n2,A,1,2026-11-01\n3,A,1,\"never closed\n")
                .run("availability");
        assertBadInput(run, "orders.csv:4: a quoted field starts on this line and is never closed (a missing \" ?)\n"
                + "orders.csv:2: quantity \"x\" is not a whole number\n");
    }

    @Test
    void unknownChannel() {
        assertBadInput(availability("orders.csv", "order_id,sku,quantity,ordered_at,channel\n1,A,2,2026-11-01,dtc\n2,A,1,2026-11-01,Amazon\n3,A,1,2026-11-01,etsy\n"),
                "orders.csv:4: channel \"etsy\" is not in the policy's channels: dtc, amazon, ebay, walmart, tiktok; to read it as "
                        + "one of them, add it to that channel's names (channels: { dtc: { names: [\"etsy\"] } })\n");
    }

    @Test
    void unknownStatus() {
        assertBadInput(availability("purchase-orders.csv", "po_number,sku,quantity,status\nPO-1,A,5,shipped\n"),
                "purchase-orders.csv:2: status \"shipped\" is not one of open, confirmed, in_transit, received, closed, cancelled\n");
    }

    @Test
    void badDate() {
        assertBadInput(availability("purchase-orders.csv", "po_number,sku,quantity,expected_date\nPO-1,A,5,2026-02-30\n"),
                "purchase-orders.csv:2: expected_date \"2026-02-30\" is not a date (expected 2026-04-15, 2026-04-15T10:22:13Z or 2026-04-15 10:22:13 -0400)\n");
    }

    @Test
    void missingRequiredColumnNamesTheHeadersFound() {
        assertBadInput(availability("orders.csv", "id,sku,qty\n1,A,2\n"),
                "orders.csv:1: required column \"order_id\" not found (also accepted: order, name, order number); the header has: \"id\", \"sku\", \"qty\"\n"
                        + "orders.csv:1: required column \"ordered_at\" not found (also accepted: created at, order date, date); the header has: \"id\", \"sku\", \"qty\"\n");
    }

    @Test
    void missingFile() {
        CliRun run = CliRun.run("availability", "--data", dir.toString(), "--as-of", "2026-11-24");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("on-hand.csv: file not found (").contains("orders.csv: file not found (");
    }

    @Test
    void emptyFile() {
        assertBadInput(availability("on-hand.csv", ""), "on-hand.csv:1: is empty; a header row is required\n");
    }

    @Test
    void tooFewAndTooManyFields() {
        assertBadInput(availability("on-hand.csv", "sku,on_hand,location\nA,1\nB,2,x,y\nC,3,x,\n"),
                "on-hand.csv:2: has 2 fields, the header has 3\non-hand.csv:3: has 4 fields, the header has 3\n");
    }

    @Test
    void unterminatedQuote() {
        assertBadInput(availability("on-hand.csv", "sku,on_hand\nA,1\n\"B,2\nC,3\n"),
                "on-hand.csv:3: a quoted field starts on this line and is never closed (a missing \" ?)\n");
    }

    @Test
    void bytesThatAreNotUtf8() {
        byte[] latin1 = "sku,on_hand\nA,1\nCAF\u00c9,2\n".getBytes(StandardCharsets.ISO_8859_1);
        CliRun run = new ShopFolder(dir).write("on-hand.csv", latin1).run("availability");
        assertBadInput(run, "on-hand.csv:3: holds bytes that are not UTF-8 text; save the file as UTF-8\n");
    }

    @Test
    void shippedMoreThanOrdered() {
        assertBadInput(availability("orders.csv", "order_id,sku,quantity,ordered_at,shipped\n1,A,2,2026-11-01,3\n"),
                "orders.csv:2: shipped 3 is more than quantity 2\n");
    }

    @Test
    void hugeQuantity() {
        assertBadInput(availability("on-hand.csv", "sku,on_hand\nA,99999999999999999999\n"),
                "on-hand.csv:2: on_hand \"99999999999999999999\" is too large (at most 1000000000000)\n");
    }

    @Test
    void newProductWithoutItsProductionRun() {
        assertBadInput(availability("products.csv", "sku,title,lifecycle,planned_production,release_date\nN,Book,new,,\n"),
                "products.csv:2: planned_production is empty; a new product needs its planned production run\n"
                        + "products.csv:2: release_date is empty; a new product needs its release date\n");
    }

    @Test
    void productListedTwice() {
        assertBadInput(availability("products.csv", "sku,title\nA,One\nA,Two\n"),
                "products.csv:3: sku \"A\" is listed again (first on line 2)\n");
    }

    @Test
    void lineNumbersArePhysicalLinesAcrossQuotedLineBreaksAndBlankLines() {
        assertBadInput(availability("products.csv", "sku,title\nA,\"two\nlines\"\n\nB,x\nC,\"also\r\ntwo\",extra\n"),
                "products.csv:6: has 3 fields, the header has 2\n");
    }

    /** HARDENING W4: two columns that are one column after normalising: which one counts would be a guess. */
    @Test
    void duplicateHeaderColumnsAreAnError() {
        assertBadInput(availability("orders.csv", "order_id,sku,SKU ,quantity,ordered_at\n1,A,B,1,2026-11-20\n"),
                "orders.csv:1: columns 2 \"sku\" and 3 \"SKU\" are the same column; remove or rename one\n");
    }

    /** HARDENING W2: a products.csv that is there but cannot be read is an error, never "not given". */
    @Test
    void aProductsFileThatCannotBeReadIsAnError() throws IOException {
        ShopFolder folder = new ShopFolder(dir);
        Files.createDirectory(dir.resolve("products.csv"));
        CliRun run = folder.run("availability");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).startsWith("products.csv: cannot be ");
        Files.delete(dir.resolve("products.csv"));
        Files.createSymbolicLink(dir.resolve("products.csv"), dir.resolve("offline/products.csv"));
        CliRun dangling = folder.run("availability");
        assertThat(dangling.exit()).isEqualTo(3);
        assertThat(dangling.err()).startsWith("products.csv: file not found");
    }

    /** HARDENING W2: a policy.yaml that is there but cannot be read is an error, never the built-in defaults. */
    @Test
    void aPolicyThatCannotBeReadIsAnError() throws IOException {
        ShopFolder folder = new ShopFolder(dir);
        Files.createSymbolicLink(dir.resolve("policy.yaml"), dir.resolve("offline/policy.yaml"));
        CliRun run = folder.run("availability");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("policy.yaml").contains("file not found");
        Files.delete(dir.resolve("policy.yaml"));
        Files.createDirectory(dir.resolve("policy.yaml"));
        CliRun folderPolicy = folder.run("availability");
        assertThat(folderPolicy.exit()).isEqualTo(2);
        assertThat(folderPolicy.err()).contains("policy.yaml").contains("cannot be read");
    }

    /** HARDENING W7: a SKU holding an invisible or look-alike-space character would be a second SKU that prints the same. */
    @Test
    void skusWithInvisibleCharactersAreInvalidRows() {
        assertBadInput(availability("orders.csv", "order_id,sku,quantity,ordered_at\n1,A\u00a0,1,2026-11-20\n2,\u200bA,1,2026-11-20\n"
                        + "3,\uFEFFA,1,2026-11-20\n4,TEE BLK,1,2026-11-20\n"),
                "orders.csv:2: sku \"A\u00a0\" holds U+00A0 (no-break space) at character 2; remove it: it makes a second SKU that prints the same\n"
                        + "orders.csv:3: sku \"?A\" holds U+200B (zero width space) at character 1; remove it: it makes a second SKU that prints the same\n"
                        + "orders.csv:4: sku \"?A\" holds U+FEFF (zero width no-break space) at character 1; remove it: it makes a second SKU that prints the same\n");
    }

    /** HARDENING C3: a year far outside a shop's calendar is refused, not a crash later on. */
    @Test
    void yearsOutsideTheCalendarAreRefused() {
        assertBadInput(availability("purchase-orders.csv", "po_number,sku,quantity,received,expected_date,status\n"
                        + "PO-1,A,10,0,+999999999-12-30T00:00:00Z,confirmed\nPO-2,A,10,0,1066-10-14T00:00:00Z,confirmed\n"),
                "purchase-orders.csv:2: expected_date \"+999999999-12-30T00:00:00Z\" is out of range (years 1900 to 9999)\n"
                        + "purchase-orders.csv:3: expected_date \"1066-10-14T00:00:00Z\" is out of range (years 1900 to 9999)\n");
        assertBadInput(availability("orders.csv", "order_id,sku,quantity,ordered_at\n1,A,1,+11761247-12-17T00:00:00Z\n"),
                "orders.csv:2: ordered_at \"+11761247-12-17T00:00:00Z\" is out of range (years 1900 to 9999)\n");
    }

    /** HARDENING S2: control characters in a message (a terminal would run them) are shown as '?'. */
    @Test
    void controlCharactersInMessagesAreShownAsQuestionMarks() {
        assertBadInput(availability("orders.csv", "order_id,sku,quantity,ordered_at\n1,A,\u001b]0;pwned\u0007\u001b[2J,2026-11-20\n"),
                "orders.csv:2: quantity \"?]0;pwned??[2J\" is not a whole number\n");
    }

    /** HARDENING K8: a policy of many channels is listed in part, with how many more. */
    @Test
    void longChannelListsAreCut() {
        StringBuilder policy = new StringBuilder("default_channel: ch1\nchannels:\n");
        for (int i = 1; i <= 30; i++) {
            policy.append("  ch").append(i).append(": {}\n");
        }
        CliRun run = new ShopFolder(dir).write("policy.yaml", policy.toString())
                .write("orders.csv", "order_id,sku,quantity,ordered_at,channel\n1,A,1,2026-11-20,etsy\n").run("availability");
        assertBadInput(run, "orders.csv:2: channel \"etsy\" is not in the policy's channels: ch1, ch2, ch3, ch4, ch5, ch6, "
                + "ch7, ch8, ch9, ch10 and 20 more; to read it as one of them, add it to that channel's names "
                + "(channels: { ch1: { names: [\"etsy\"] } })\n");
        // the other messages that list the channels (review of K8)
        ShopFolder shop = new ShopFolder(dir).write("policy.yaml", policy.toString());
        assertThat(shop.run("availability", "--channel", "etsy").err()).startsWith("atp: --channel etsy is not in the policy's "
                + "channels: ch1, ch2, ch3, ch4, ch5, ch6, ch7, ch8, ch9, ch10 and 20 more\n");
        shop.write("policy.yaml", policy.toString().replace("default_channel: ch1", "default_channel: etsy"));
        assertThat(shop.run("availability").err()).isEqualTo("policy.yaml:1: default_channel \"etsy\" is not one of the channels: "
                + "ch1, ch2, ch3, ch4, ch5, ch6, ch7, ch8, ch9, ch10 and 20 more\n");
        shop.write("policy.yaml", policy + "skus:\n  A: { channels: { etsy: { backorder: false } } }\n");
        assertThat(shop.run("availability").err()).isEqualTo("policy.yaml:34: skus.A.channels.etsy: no such channel; the channels "
                + "are: ch1, ch2, ch3, ch4, ch5, ch6, ch7, ch8, ch9, ch10 and 20 more\n");
    }

    /** HARDENING K9: a date that is none says which forms the policy adds. */
    @Test
    void notADateNamesThePolicysOwnFormats() {
        CliRun run = new ShopFolder(dir).write("policy.yaml", "date_formats: [\"dd/MM/yyyy\"]\n")
                .write("orders.csv", "order_id,sku,quantity,ordered_at\n1,A,1,yesterday\n").run("availability");
        assertBadInput(run, "orders.csv:2: ordered_at \"yesterday\" is not a date (expected " + shop.atp.input.DateReader.EXPECTED
                + ", or one of the policy's date_formats: dd/MM/yyyy)\n");
    }
}
