package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `receive`, `orders` and `health` on the command line: their options, their errors, and the new order columns. */
class DockAndPackingTest {

    @TempDir
    Path dir;

    private static CliRun demo(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[]{"--data", "examples", "--as-of", "2026-11-24"}, 0, all, args.length, 4);
        return CliRun.run(all);
    }

    @Test
    void aShortDeliveryListsWhoNoLongerGetsUnits() {
        CliRun run = demo("receive", "PO-2043", "--quantity", "TEE-BLK-M=8", "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""
                po_number,sku,order_id,customer,channel,quantity,position,queue_size,promised_date,state\r
                PO-2043,TEE-BLK-M,1205,amelia.rossi@example.com,dtc,3,1,7,2026-11-26,PICK\r
                PO-2043,TEE-BLK-M,1214,anna.berg@example.net,dtc,2,2,7,2026-11-26,PICK\r
                PO-2043,TEE-BLK-M,1222,ravi.haddad@example.com,ebay,2,3,7,2026-11-26,PICK\r
                PO-2043,TEE-BLK-M,1229,lucas.schmidt@example.net,dtc,1,4,7,2026-11-26,PICK\r
                PO-2043,TEE-BLK-M,1229,lucas.schmidt@example.net,dtc,2,4,7,,SHORT\r
                PO-2043,TEE-BLK-M,1241,henry.walsh@example.com,dtc,2,5,7,,SHORT\r
                PO-2043,TEE-BLK-M,,,,0,,,,STOCK\r
                """);
        assertThat(demo("receive", "PO-2043", "--quantity", "TEE-BLK-M=8").out())
                .contains("TEE-BLK-M  Everyday Tee - Black - M: 8 units delivered (12 expected)\n")
                .contains("  SHORT  1241      henry.walsh@example.com    dtc             2  5 of 7\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown PO|PO-9999|TEE-BLK-M=1|atp: receive PO-9999: no PO PO-9999 with units still to come in the purchase orders read (lines received, closed or cancelled bring nothing)",
            "SKU not on the PO|PO-2043|TEE-BLK-L=1|atp: --quantity TEE-BLK-L=1: TEE-BLK-L is not on PO-2043 (its SKUs with units still to come: TEE-BLK-M)",
            "negative quantity|PO-2043|TEE-BLK-M=-1|atp: --quantity TEE-BLK-M=-1: '-1' is not a whole number of units, 0 or more",
            "fractional quantity|PO-2043|TEE-BLK-M=1.5|atp: --quantity TEE-BLK-M=1.5: '1.5' is not a whole number of units, 0 or more",
            "no number|PO-2043|TEE-BLK-M|atp: --quantity TEE-BLK-M: expected SKU=N, N the units delivered",
    })
    void aDeliveryTheFilesCannotTakeIsExit2WithOneLine(String what, String po, String quantity, String message) {
        CliRun run = demo("receive", po, "--quantity", quantity);
        assertThat(run.err()).startsWith(message + "\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void aSkuGivenTwiceIsRefused() {
        CliRun run = demo("receive", "PO-2043", "--quantity", "TEE-BLK-M=1", "--quantity", "TEE-BLK-M=2");
        assertThat(run.err()).startsWith("atp: --quantity TEE-BLK-M=2: TEE-BLK-M is given twice\n");
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void ordersFilterByStateAndChannel() {
        CliRun split = demo("orders", "--state", "split", "--format", "csv");
        assertThat(split.out().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",SPLIT,"));
        CliRun ebay = demo("orders", "--state", "WAITING", "--channel", "ebay", "--format", "csv");
        assertThat(ebay.out().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",ebay,").contains(",WAITING,"));
        CliRun bad = demo("orders", "--state", "packed");
        assertThat(bad.err()).startsWith("atp: Invalid value for option '--state': 'packed' is not an order state; use ship_now, split or waiting\n");
        assertThat(bad.exit()).isEqualTo(2);
    }

    @Test
    void aShippedAtThatIsNotADateIsAnInvalidRow() {
        CliRun run = new ShopFolder(dir).write("orders.csv", "order_id,sku,quantity,ordered_at,status,shipped,tags,Fulfilled at\n"
                + "1001,A,2,2026-11-01,shipped,2,preorder,2026-11-05\n1002,A,1,2026-11-02,shipped,1,preorder,soon\n")
                .run("health");
        assertThat(run.err()).isEqualTo("orders.csv:3: shipped_at \"soon\" is not a date (expected 2026-04-15, "
                + "2026-04-15T10:22:13Z or 2026-04-15 10:22:13 -0400)\n");
        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void healthSaysNotEnoughDataBelowThePolicysMinimum() {
        CliRun enough = demo("health", "--format", "csv");
        assertThat(enough.out()).isEqualTo("""
                measure,numerator,denominator,rate_percent,threshold,status\r
                backorder_cancellation_rate,5,26,19.2,> 15%,alarm\r
                preorder_on_time_rate,19,22,86.4,< 90%,alarm\r
                """);
        CliRun tooFew = new ShopFolder(dir).write("policy.yaml", "planning: { health_min_lines: 30 }\n")
                .write("orders.csv", "order_id,sku,quantity,ordered_at,status,promised_date,Tags\n"
                        + "1001,A,1,2026-11-01,cancelled,2026-11-20,backorder\n")
                .run("health", "--format", "csv");
        assertThat(tooFew.out()).contains("backorder_cancellation_rate,1,1,,> 15%,not enough data\r\n");
        assertThat(new ShopFolder(dir).run("check", "--format", "csv").out()).doesNotContain("CANCELLATIONS");
    }

    @Test
    void anOrdersTagsOnItsFirstRowCountForAllItsLines() {
        StringBuilder orders = new StringBuilder("order_id,sku,quantity,ordered_at,status,tags\n");
        for (int i = 0; i < 10; i++) {
            orders.append(2000 + i).append(",A,1,2026-11-10,cancelled,backorder\n").append(2000 + i).append(",B,1,2026-11-10,cancelled,\n");
        }
        CliRun run = new ShopFolder(dir).write("orders.csv", orders.toString()).run("health", "--format", "csv");
        assertThat(run.out()).contains("backorder_cancellation_rate,20,20,100.0,> 15%,alarm\r\n");
    }
}
