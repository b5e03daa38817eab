package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** ordered_at through the command line: FIFO by the whole moment, fractions of a second included. */
class OrderedAtTest {

    @TempDir
    Path dir;

    /** Order 2 came 0.8 s before order 1: it gets the last unit, though its id is higher. */
    private ShopFolder twoOrdersInOneSecond() {
        return new ShopFolder(dir)
                .write("on-hand.csv", "sku,on_hand\nA,1\n")
                .write("purchase-orders.csv", "po_number,sku,quantity,expected_date,status\n")
                .write("orders.csv", "order_id,sku,quantity,ordered_at,channel\n"
                        + "1,A,1,2026-11-20T10:00:00.900Z,dtc\n2,A,1,2026-11-20T10:00:00.100Z,dtc\n");
    }

    @Test
    void fractionsOfASecondDecideFifo() {
        CliRun run = twoOrdersInOneSecond().run("allocate", "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(
                "rank,order_id,sku,channel,ordered_at,quantity,source,promised_date,position,queue_size,state\r\n"
                        + "1,2,A,dtc,2026-11-20T10:00:00.1Z,1,on-hand,2026-11-24,,,ALLOCATED\r\n"
                        + "2,1,A,dtc,2026-11-20T10:00:00.9Z,1,none,,1,1,SHORT\r\n");
    }

    @Test
    void everyFormatPrintsTheFractions() {
        ShopFolder shop = twoOrdersInOneSecond();
        for (String format : new String[]{"table", "tsv", "json"}) {
            assertThat(shop.run("allocate", "--format", format).out()).as(format)
                    .contains("2026-11-20T10:00:00.1Z").contains("2026-11-20T10:00:00.9Z");
        }
    }
}
