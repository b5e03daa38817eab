package shop.atp.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.atp.domain.Policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Random shops, files of other kinds after the cut one, stdin and unreadable files: two cores read as one does. */
class TwoCoresFuzzReviewTest {

    @TempDir
    Path dir;

    static String eol(Random r, int mode) {
        switch (mode) {
            case 0: return "\n";
            case 1: return "\r\n";
            default:
                int k = r.nextInt(10);
                return k < 5 ? "\n" : k < 9 ? "\r\n" : "\r";
        }
    }

    static byte[] orders(Random r, int rows, boolean sameIdRuns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int mode = r.nextInt(3);
        boolean bom = r.nextInt(4) == 0;
        if (bom) {
            out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        String header = "order_id,sku,quantity,ordered_at,channel,status,shipped,note";
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(eol(r, mode).getBytes(StandardCharsets.UTF_8));
        boolean quoteAtAll = r.nextBoolean();
        for (int i = 0; i < rows; i++) {
            StringBuilder s = new StringBuilder();
            int id = sameIdRuns ? 100 + i / 7 : 100 + r.nextInt(50);
            String qty = r.nextInt(30) == 0 ? "x" : String.valueOf(r.nextInt(5));
            String channel = r.nextInt(40) == 0 ? "etsy" : r.nextBoolean() ? "dtc" : "ebay";
            String status = r.nextInt(10) == 0 ? "shipped" : "open";
            s.append(id).append(",S").append(r.nextInt(20)).append(',').append(qty).append(",2026-11-")
                    .append(10 + r.nextInt(3)).append("T10:00:00Z,").append(channel).append(',').append(status).append(",0,");
            int note = quoteAtAll ? r.nextInt(25) : 99;
            String end = eol(r, mode);
            if (note == 0) {
                s.append("\"a, b\"");
            } else if (note == 1) {
                s.append("\"line one").append(end).append("line two\"");
            } else if (note == 2) {
                s.append("\"say \"\"hi\"\"\"");
            }
            if (r.nextInt(60) == 0) {
                s.append(",extra");
            }
            byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
            if (r.nextInt(50) == 0) {
                // an undecodable byte in the note or the SKU
                out.writeBytes(bytes);
                out.write(0xFF);
            } else if (r.nextInt(80) == 0) {
                // a short row
                out.writeBytes(("" + id + ",S1,1").getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(bytes);
            }
            if (r.nextInt(40) == 0) {
                out.writeBytes(end.getBytes(StandardCharsets.UTF_8));
            }
            if (i < rows - 1 || r.nextBoolean()) {
                out.writeBytes(end.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private InputFile write(InputKind kind, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return new InputFile(kind, name, p, false);
    }

    private InputFile write(InputKind kind, String name, String text) throws IOException {
        return write(kind, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<InputFile> shop(Random r) throws IOException {
        List<InputFile> files = new ArrayList<>();
        files.add(write(InputKind.ON_HAND, "on-hand.csv", "sku,on_hand\nS1,4\nS2,x\nS3,2\n"));
        files.add(write(InputKind.ORDERS, "orders.csv", orders(r, 200 + r.nextInt(400), r.nextBoolean())));
        int extras = r.nextInt(5);
        for (int k = 0; k < extras; k++) {
            switch (r.nextInt(5)) {
                case 0 -> files.add(write(InputKind.ORDERS, "orders-" + k + ".csv", orders(r, 5 + r.nextInt(10), false)));
                case 1 -> files.add(write(InputKind.PRODUCTS, "products-" + k + ".csv",
                        "sku,title,lifecycle,planned_production,release_date\nS1,One,active,,\nS2,Two,new,10,2026-12-20\nS1,Again,active,,\nS4,,new,,\n"));
                case 2 -> files.add(write(InputKind.ON_HAND, "on-hand-" + k + ".csv", "sku,on_hand\nS1,1\nS5,y\n"));
                case 3 -> files.add(write(InputKind.PURCHASE_ORDERS, "purchase-orders-" + k + ".csv",
                        "po_number,sku,quantity,expected_date,status\nPO-1,S1,5,2026-12-03,confirmed\nPO-2,S2,z,2026-12-03,open\n"));
                default -> files.add(write(InputKind.PRODUCTS, "products-bad-" + k + ".csv",
                        "sku,title\n\"S1,never closed\n"));
            }
        }
        return files;
    }

    static String describe(ShopReader.Validation v) {
        return v.problems() + "\n" + v.files() + "\n" + v.notes();
    }

    static String readOrFail(ShopReader reader, List<InputFile> files) {
        try {
            ReadResult result = reader.read(files, InputStream.nullInputStream());
            return result.shop() + "\n" + result.rejected().stream()
                    .map(x -> x.file() + ":" + x.line() + " " + x.reasons() + " " + String.join("|", x.cells())).toList();
        } catch (InputException e) {
            return "failed " + e.problems();
        }
    }

    /** validate on one core and on two gives the same; the files the two-core read cut. */
    private static int validatedAlike(List<InputFile> files, int seed) {
        ShopReader.Validation a = new ShopReader(Policy.defaults(), null, true).halvesFrom(Long.MAX_VALUE)
                .validate(files, InputStream.nullInputStream());
        ShopReader two = new ShopReader(Policy.defaults(), null, true).halvesFrom(0);
        ShopReader.Validation b = two.validate(files, InputStream.nullInputStream());
        assertThat(describe(b)).as("seed %d validate", seed).isEqualTo(describe(a));
        return two.filesReadInHalves;
    }

    @Test
    void randomShopsReadOnTwoCoresAsOnOne() throws IOException {
        int inHalves = 0;
        for (int seed = 0; seed < 100; seed++) {
            Random r = new Random(seed);
            List<InputFile> files = shop(r);
            inHalves += validatedAlike(files, seed);
            for (boolean skip : new boolean[]{true, false}) {
                String one = readOrFail(new ShopReader(Policy.defaults(), null, skip).keepRejectedCells().halvesFrom(Long.MAX_VALUE), files);
                String two = readOrFail(new ShopReader(Policy.defaults(), null, skip).keepRejectedCells().halvesFrom(0), files);
                assertThat(two).as("seed %d read skip=%s", seed, skip).isEqualTo(one);
            }
        }
        assertThat(inHalves).isGreaterThan(50);
    }

    static byte[] stock(Random r, int rows) {
        StringBuilder s = new StringBuilder(r.nextBoolean() ? "\uFEFFsku,on_hand,location\r\n" : "sku,on_hand,location\n");
        for (int i = 0; i < rows; i++) {
            s.append('S').append(r.nextInt(30)).append(',').append(r.nextInt(40) == 0 ? "q" : String.valueOf(r.nextInt(9) - 2))
                    .append(',').append(r.nextInt(20) == 0 ? "\"back, left\"" : "main").append(r.nextInt(3) == 0 ? "\r\n" : "\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pos(Random r, int rows) {
        StringBuilder s = new StringBuilder("po_number,sku,quantity,received,expected_date,status\n");
        for (int i = 0; i < rows; i++) {
            s.append("PO-").append(i / 4).append(",S").append(r.nextInt(30)).append(',').append(r.nextInt(30) == 0 ? "w" : String.valueOf(r.nextInt(20)))
                    .append(",0,").append(r.nextInt(5) == 0 ? "" : "2026-12-" + (10 + r.nextInt(10))).append(',')
                    .append(r.nextBoolean() ? "confirmed" : "open").append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The largest file is on-hand or purchase orders; orders, products and files of the cut kind come after it. */
    @Test
    void otherKindsCutWithOrdersReadEarly() throws IOException {
        int inHalves = 0;
        shop.atp.domain.DemandWindow window = shop.atp.domain.DemandWindow.of(java.time.LocalDate.of(2026, 11, 20), 28,
                java.time.ZoneOffset.UTC);
        for (int seed = 0; seed < 50; seed++) {
            Random r = new Random(1000 + seed);
            List<InputFile> files = new ArrayList<>();
            boolean stockCut = r.nextBoolean();
            files.add(write(InputKind.ON_HAND, "on-hand.csv", stockCut ? stock(r, 2000) : stock(r, 5)));
            files.add(write(InputKind.PURCHASE_ORDERS, "purchase-orders.csv", stockCut ? pos(r, 10) : pos(r, 2000)));
            files.add(write(InputKind.ORDERS, "orders.csv", orders(r, 30, true)));
            files.add(write(InputKind.ON_HAND, "on-hand-2.csv", stock(r, 5)));
            files.add(write(InputKind.PRODUCTS, "products.csv", "sku,title,lifecycle,planned_production,release_date\nS1,One,active,,\nS2,Two,new,10,2026-12-20\nS1,Again,active,,\n"));
            files.add(write(InputKind.PURCHASE_ORDERS, "purchase-orders-2.csv", pos(r, 6)));
            files.add(write(InputKind.ORDERS, "orders-2.csv", orders(r, 10, false)));
            inHalves += validatedAlike(files, seed);
            for (boolean skip : new boolean[]{true, false}) {
                List<String> oneOrder = new ArrayList<>();
                List<String> twoOrder = new ArrayList<>();
                String one = readOrFail(new ShopReader(Policy.defaults(), null, skip).keepRejectedCells().keepCustomers()
                        .countDemandIn(window).onFileRead(f -> oneOrder.add(f.file())).halvesFrom(Long.MAX_VALUE), files);
                String two = readOrFail(new ShopReader(Policy.defaults(), null, skip).keepRejectedCells().keepCustomers()
                        .countDemandIn(window).onFileRead(f -> twoOrder.add(f.file())).halvesFrom(0), files);
                assertThat(two).as("seed %d read skip=%s", seed, skip).isEqualTo(one);
                assertThat(twoOrder).isEqualTo(oneOrder);
            }
        }
        assertThat(inHalves).isGreaterThan(25);
    }

    /** Standard input, a missing file and a folder after the cut file: each reported at its turn, as in one read. */
    @Test
    void stdinAndUnreadableFilesAfterTheCut() throws IOException {
        for (int seed = 0; seed < 30; seed++) {
            Random r = new Random(5000 + seed);
            List<InputFile> files = new ArrayList<>();
            files.add(write(InputKind.ORDERS, "orders.csv", orders(r, 400, true)));
            files.add(new InputFile(InputKind.PRODUCTS, "products-missing.csv", dir.resolve("nope.csv"), false));
            Files.createDirectories(dir.resolve("folder.csv"));
            files.add(new InputFile(InputKind.ON_HAND, "folder.csv", dir.resolve("folder.csv"), false));
            files.add(InputFile.stdin(InputKind.PURCHASE_ORDERS));
            files.add(write(InputKind.PRODUCTS, "products.csv", "sku,title\nS1,a\nS1,b\n"));
            files.add(new InputFile(InputKind.PRODUCTS, "products-optional.csv", dir.resolve("none.csv"), true));
            byte[] in = pos(r, 20);
            ShopReader.Validation a = new ShopReader(Policy.defaults(), null, true).halvesFrom(Long.MAX_VALUE).validate(files, new java.io.ByteArrayInputStream(in));
            ShopReader.Validation b = new ShopReader(Policy.defaults(), null, true).halvesFrom(0).validate(files, new java.io.ByteArrayInputStream(in));
            assertThat(describe(b)).as("seed %d", seed).isEqualTo(describe(a));
            assertThat(a.problems().toString()).contains("products-missing.csv", "folder.csv");
        }
    }
}
