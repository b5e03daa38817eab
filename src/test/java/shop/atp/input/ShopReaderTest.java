package shop.atp.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.atp.domain.Policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files read on two threads (each into a shop of its own, joined in file order) give exactly
 * the shop, problems and rejected rows of one thread reading them in order.
 */
class ShopReaderTest {

    @TempDir
    Path dir;

    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    private List<InputFile> shop(int orderLines) throws IOException {
        Random random = new Random(20261201);
        StringBuilder orders = new StringBuilder("order_id,sku,quantity,ordered_at,channel,status,shipped\n");
        for (int i = 0; i < orderLines; i++) {
            String quantity = random.nextInt(500) == 0 ? "x" : String.valueOf(random.nextInt(4));
            String channel = random.nextInt(700) == 0 ? "etsy" : random.nextBoolean() ? "dtc" : "ebay";
            orders.append(10_000 + i / 3).append(",SKU-").append(random.nextInt(300)).append(',').append(quantity)
                    .append(",2026-11-").append(10 + random.nextInt(18)).append("T10:").append(10 + random.nextInt(50))
                    .append(":00.").append(random.nextInt(1000)).append("Z,").append(channel).append(",open,0\n");
        }
        Path ordersFile = dir.resolve("orders.csv");
        Files.writeString(ordersFile, orders, StandardCharsets.UTF_8);
        Path onHand = dir.resolve("on-hand.csv");
        StringBuilder stock = new StringBuilder("sku,on_hand\n");
        for (int i = 0; i < 300; i += 2) {
            stock.append("SKU-").append(i).append(',').append(i % 7).append('\n');
        }
        Files.writeString(onHand, stock, StandardCharsets.UTF_8);
        Path pos = dir.resolve("purchase-orders.csv");
        Files.writeString(pos, "po_number,sku,quantity,expected_date,status\nPO-1,SKU-1,40,2026-12-03,confirmed\n");
        return List.of(new InputFile(InputKind.ON_HAND, "on-hand.csv", onHand, false),
                new InputFile(InputKind.PURCHASE_ORDERS, "purchase-orders.csv", pos, false),
                new InputFile(InputKind.ORDERS, "orders.csv", ordersFile, false));
    }

    private static List<String> asText(List<RejectedRow> rows) {
        return rows.stream().map(r -> r.file() + ":" + r.line() + " " + r.reasons() + " " + String.join("|", r.cells())).toList();
    }

    @Test
    void readingOnTwoCoresGivesWhatOneGives() throws IOException {
        List<InputFile> files = shop(60_000);
        ReadResult one = new ShopReader(Policy.defaults(), null, true).parallelFrom(Long.MAX_VALUE).read(files, NO_STDIN);
        for (int run = 0; run < 3; run++) {
            ReadResult two = new ShopReader(Policy.defaults(), null, true).parallelFrom(0).read(files, NO_STDIN);
            assertThat(two.shop()).isEqualTo(one.shop());
            assertThat(asText(two.rejected())).isEqualTo(asText(one.rejected()));
        }
        assertThat(one.rejected()).hasSizeGreaterThan(100);
        ShopReader.Validation oneCore = new ShopReader(Policy.defaults(), null, true).parallelFrom(Long.MAX_VALUE)
                .validate(files, NO_STDIN);
        ShopReader.Validation twoCores = new ShopReader(Policy.defaults(), null, true).parallelFrom(0).validate(files, NO_STDIN);
        assertThat(twoCores).isEqualTo(oneCore);
    }
}
