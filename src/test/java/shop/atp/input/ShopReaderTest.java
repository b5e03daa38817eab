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
 * The largest file read in two parts on two cores (each into a shop of its own, joined in
 * file order) gives exactly the shop, problems and rejected rows of one read: wherever the
 * cut falls, a quoted cell over several lines, invalid rows and unreadable lines included.
 */
class ShopReaderTest {

    @TempDir
    Path dir;

    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    private List<InputFile> shop(int orderLines) throws IOException {
        return shop(orderLines, -1, "");
    }

    /** With a title over three lines on order line {@code quotedAt}, and {@code tail} after the rows. */
    private List<InputFile> shop(int orderLines, int quotedAt, String tail) throws IOException {
        return shop(orderLines, quotedAt, tail, "\"gift\nwrap,\r\nplease\"");
    }

    private List<InputFile> shop(int orderLines, int quotedAt, String tail, String quoted) throws IOException {
        Random random = new Random(20261201);
        StringBuilder orders = new StringBuilder("order_id,sku,quantity,ordered_at,channel,status,shipped,note\n");
        for (int i = 0; i < orderLines; i++) {
            String quantity = random.nextInt(500) == 0 ? "x" : String.valueOf(random.nextInt(4));
            String channel = random.nextInt(700) == 0 ? "etsy" : random.nextBoolean() ? "dtc" : "ebay";
            orders.append(10_000 + i / 3).append(",SKU-").append(random.nextInt(300)).append(',').append(quantity)
                    .append(",2026-11-").append(10 + random.nextInt(18)).append("T10:").append(10 + random.nextInt(50))
                    .append(":00.").append(random.nextInt(1000)).append("Z,").append(channel).append(",open,0,")
                    .append(i == quotedAt ? quoted : "").append('\n');
        }
        orders.append(tail);
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

    private static ShopReader oneCore() {
        return new ShopReader(Policy.defaults(), null, true).halvesFrom(Long.MAX_VALUE);
    }

    private static ShopReader twoCores() {
        return new ShopReader(Policy.defaults(), null, true).halvesFrom(0);
    }

    /** Wherever the title over three lines lies, before, at or after the cut. */
    @Test
    void aQuotedCellOverSeveralLinesAnywhereNearTheCut() throws IOException {
        int readInHalves = 0;
        int readAgain = 0;
        int rowAtCut;
        try (FileHalves halves = FileHalves.ofLargest(shop(10_000), 0);
             InputStream first = halves.first()) {
            rowAtCut = (int) new String(first.readAllBytes(), StandardCharsets.UTF_8).lines().count() - 1;
        }
        for (int quotedAt = rowAtCut - 40; quotedAt < rowAtCut + 40; quotedAt++) {
            // a cell that starts with a line break too: cut right after it, the first part ends in ,"␊
            List<InputFile> files = shop(10_000, quotedAt, "", quotedAt % 2 == 0 ? "\"gift\nwrap,\r\nplease\"" : "\"\ngift wrap\"");
            ShopReader.Validation expected = oneCore().validate(files, NO_STDIN);
            ShopReader two = twoCores();
            assertThat(two.validate(files, NO_STDIN)).as("title on order line %d", quotedAt).isEqualTo(expected);
            readInHalves += two.filesReadInHalves;
            readAgain += 1 - two.filesReadInHalves;
            assertThat(twoCores().read(files, NO_STDIN).shop()).isEqualTo(oneCore().read(files, NO_STDIN).shop());
        }
        assertThat(readInHalves).as("files read in two parts").isPositive();
        assertThat(readAgain).as("files whose cut fell inside the title, read again").isPositive();
    }

    /** A line that cannot be read stops the file where one read stops it, in either part. */
    @Test
    void anUnreadableLineInEitherPart() throws IOException {
        String neverClosed = "9,A,1,2026-11-20,dtc,open,0,\"never closed\n";
        for (int quotedAt : new int[]{-1, 5, 9_000}) {
            for (String tail : new String[]{neverClosed, ""}) {
                if (tail.isEmpty() && quotedAt < 0) {
                    continue;
                }
                List<InputFile> files = shop(10_000, quotedAt, tail);
                if (tail.isEmpty()) {
                    // text after a closing quote, early or late in the file
                    Files.writeString(files.get(2).path(), Files.readString(files.get(2).path()).replace("please\"", "please\"x"));
                }
                ShopReader.Validation expected = oneCore().validate(files, NO_STDIN);
                assertThat(expected.problems()).anyMatch(p -> p.message().contains("quote"));
                assertThat(twoCores().validate(files, NO_STDIN)).isEqualTo(expected);
            }
        }
    }

    @Test
    void readingOnTwoCoresGivesWhatOneGives() throws IOException {
        List<InputFile> files = shop(60_000);
        ReadResult one = new ShopReader(Policy.defaults(), null, true).halvesFrom(Long.MAX_VALUE).read(files, NO_STDIN);
        for (int run = 0; run < 3; run++) {
            ShopReader reader = twoCores();
            ReadResult two = reader.read(files, NO_STDIN);
            assertThat(reader.filesReadInHalves).isEqualTo(1);
            assertThat(two.shop()).isEqualTo(one.shop());
            assertThat(asText(two.rejected())).isEqualTo(asText(one.rejected()));
        }
        assertThat(one.rejected()).hasSizeGreaterThan(100);
        ShopReader.Validation oneCore = new ShopReader(Policy.defaults(), null, true).halvesFrom(Long.MAX_VALUE)
                .validate(files, NO_STDIN);
        ShopReader.Validation twoCores = new ShopReader(Policy.defaults(), null, true).halvesFrom(0).validate(files, NO_STDIN);
        assertThat(twoCores).isEqualTo(oneCore);
    }

    /**
     * Files after the cut one that are of another kind are read while the other core reads the
     * second part; one of the same kind waits for its turn. Shop, problems and the order files
     * are announced in are those of one read in file order.
     */
    @Test
    void filesAfterTheCutOneGiveWhatOneReadGives() throws IOException {
        List<InputFile> files = new java.util.ArrayList<>(shop(60_000));
        Path products = dir.resolve("products.csv");
        StringBuilder catalogue = new StringBuilder("sku,title,lifecycle\n");
        for (int i = 0; i < 300; i += 3) {
            catalogue.append("SKU-").append(i).append(",Tee ").append(i).append(i % 30 == 0 ? ",new\n" : ",active\n");
        }
        Files.writeString(products, catalogue.append("SKU-3,Tee again,active\n"), StandardCharsets.UTF_8);
        Path morePos = dir.resolve("purchase-orders-2.csv");
        Files.writeString(morePos, "po_number,sku,quantity,expected_date,status\nPO-2,SKU-4,12,2026-12-05,open\n"
                + "PO-3,SKU-5,x,2026-12-06,open\n");
        Path moreOrders = dir.resolve("orders-2.csv");
        Files.writeString(moreOrders, "order_id,sku,quantity,ordered_at,channel,status\n"
                + "77,SKU-1,2,2026-11-01T10:00:00Z,dtc,open\n78,SKU-2,1,2026-11-29T10:00:00Z,dtc,open\n");
        files.add(new InputFile(InputKind.PRODUCTS, "products.csv", products, false));
        files.add(new InputFile(InputKind.ORDERS, "orders-2.csv", moreOrders, false));
        files.add(new InputFile(InputKind.PURCHASE_ORDERS, "purchase-orders-2.csv", morePos, false));
        List<String> oneOrder = new java.util.ArrayList<>();
        ReadResult one = oneCore().onFileRead(f -> oneOrder.add(f.file())).read(files, NO_STDIN);
        List<String> twoOrder = new java.util.ArrayList<>();
        ShopReader reader = twoCores().onFileRead(f -> twoOrder.add(f.file()));
        ReadResult two = reader.read(files, NO_STDIN);
        assertThat(reader.filesReadInHalves).isEqualTo(1);
        assertThat(two.shop()).isEqualTo(one.shop());
        assertThat(asText(two.rejected())).isEqualTo(asText(one.rejected()));
        assertThat(twoOrder).isEqualTo(oneOrder).containsExactly("on-hand.csv", "purchase-orders.csv", "orders.csv",
                "products.csv", "orders-2.csv", "purchase-orders-2.csv");
        assertThat(twoCores().validate(files, NO_STDIN)).isEqualTo(oneCore().validate(files, NO_STDIN));
    }

    /**
     * HARDENING R4: a rejected row's cells are kept only for a --rejects file; without one (and
     * always for validate) only where it was and why, so a file of a few huge invalid rows
     * needs no more memory than a valid one.
     */
    @Test
    void rejectedRowsKeepTheirCellsOnlyWhenAsked() throws IOException {
        List<InputFile> files = shop(2_000);
        ReadResult without = new ShopReader(Policy.defaults(), null, true).read(files, NO_STDIN);
        assertThat(without.rejected()).isNotEmpty().allSatisfy(r -> assertThat(r.cells()).isEmpty());
        ReadResult with = new ShopReader(Policy.defaults(), null, true).keepRejectedCells().read(files, NO_STDIN);
        assertThat(with.rejected()).isNotEmpty().allSatisfy(r -> assertThat(r.cells()).hasSize(8));
        assertThat(asText(with.rejected()).stream().map(t -> t.substring(0, t.lastIndexOf(']'))).toList())
                .isEqualTo(asText(without.rejected()).stream().map(t -> t.substring(0, t.lastIndexOf(']'))).toList());
    }
}
