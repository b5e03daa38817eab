package shop.atp.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.atp.domain.DemandWindow;
import shop.atp.domain.Policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading on two cores gives what one core gives, in the cases a review found wrong: an
 * order's tags carried over the cut, a what-if's PO found only by a part that was then
 * thrown away; and the line ends, growing files and early reads that held.
 */
class TwoCoresReviewTest {

    @TempDir
    Path dir;

    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    static ShopReader one(boolean skip) {
        return new ShopReader(Policy.defaults(), null, skip).halvesFrom(Long.MAX_VALUE);
    }

    static ShopReader two(boolean skip) {
        return new ShopReader(Policy.defaults(), null, skip).halvesFrom(0);
    }

    /** Confirmed PO lines PO-{@code from} to PO-{@code to}, exclusive, a SKU each. */
    private static void poRows(StringBuilder s, int from, int to) {
        for (int i = from; i < to; i++) {
            s.append("PO-").append(i).append(",SKU-").append(i).append(",5,2026-12-01,confirmed,\n");
        }
    }

    /** {@code --po-date PX-77=2027-01-01}, with its own record of what it matched. */
    private static shop.atp.domain.WhatIf movePx77() {
        return new shop.atp.domain.WhatIf(List.of(
                new shop.atp.domain.WhatIf.Change("--po-date PX-77=2027-01-01", "PX-77", LocalDate.of(2027, 1, 1), null)));
    }

    private InputFile file(InputKind kind, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        return new InputFile(kind, name, p, false);
    }

    /** An order's tags given on its first row only (as exports do): health counts must not depend on the cut. */
    @Test
    void tagsOfAnOrderWhoseRowsSpanTheCut() throws IOException {
        StringBuilder s = new StringBuilder("order_id,sku,quantity,ordered_at,channel,status,shipped,promised_date,tags\n");
        for (int i = 0; i < 2000; i++) {
            s.append("1001,SKU-").append(i).append(",1,2026-11-20T10:00:00Z,dtc,open,0,,")
                    .append(i == 0 ? "backorder" : "").append('\n');
        }
        List<InputFile> files = List.of(file(InputKind.ORDERS, "orders.csv", s.toString()));
        DemandWindow window = DemandWindow.of(LocalDate.of(2026, 12, 1), 28, ZoneOffset.UTC);
        ShopReader a = one(true).countDemandIn(window).countHealth();
        ShopReader b = two(true).countDemandIn(window).countHealth();
        var oneShop = a.read(files, NO_STDIN).shop();
        var twoShop = b.read(files, NO_STDIN).shop();
        assertThat(b.filesReadInHalves).as("tags counted for health: read in one go").isZero();
        assertThat(twoShop.health()).isEqualTo(oneShop.health());
    }

    /** A what-if PO named only inside a quoted note that the cut falls in: the discarded second part must leave no trace. */
    @Test
    void aWhatIfIsNotMatchedByTextInsideAQuotedCellOverTheCut() throws IOException {
        StringBuilder s = new StringBuilder("po_number,sku,quantity,expected_date,status,note\n");
        poRows(s, 0, 100);
        // a note over many lines, holding rows pasted from another export: the cut falls inside it
        s.append("PO-100,SKU-100,5,2026-12-01,confirmed,\"pasted:\n");
        for (int i = 0; i < 150; i++) {
            s.append("PX-77,SKU-1,5,2026-12-01,confirmed,\n");
        }
        s.append("end\"\n");
        poRows(s, 101, 200);
        List<InputFile> files = List.of(file(InputKind.PURCHASE_ORDERS, "purchase-orders.csv", s.toString()));
        shop.atp.domain.WhatIf oneIf = movePx77();
        shop.atp.domain.WhatIf twoIf = movePx77();
        var oneShop = one(false).whatIf(oneIf).read(files, NO_STDIN).shop();
        ShopReader b = two(false).whatIf(twoIf);
        var twoShop = b.read(files, NO_STDIN).shop();
        assertThat(b.filesReadInHalves).as("read again in one go").isZero();
        assertThat(twoShop).isEqualTo(oneShop);
        assertThat(oneIf.unmatched()).hasSize(1);
        assertThat(twoIf.moved()).isEqualTo(oneIf.moved());
        assertThat(twoIf.unmatched()).isEqualTo(oneIf.unmatched());
    }

    /** Line numbers after the cut count every kind of line break inside quoted cells before it, as one read counts them. */
    @Test
    void lineBreaksOfEveryKindInsideQuotesBeforeTheCut() throws IOException {
        for (String inside : new String[]{"a\rb", "a\r\nb", "a\n\rb", "a\r\rb", "\r", "a\n\n\nb", "a\r\n\r\nb\r"}) {
            for (String end : new String[]{"\n", "\r\n", "\r"}) {
                StringBuilder s = new StringBuilder("order_id,sku,quantity,ordered_at,note" + end);
                for (int i = 0; i < 1000; i++) {
                    s.append(i).append(",S").append(i % 7).append(',').append(i % 97 == 0 ? "x" : "1").append(",2026-11-20,");
                    if (i == 10) {
                        s.append('"').append(inside).append('"');
                    }
                    s.append(i % 3 == 0 ? "\n" : end);
                }
                List<InputFile> files = List.of(file(InputKind.ORDERS, "orders.csv", s.toString()));
                ShopReader.Validation a = one(true).validate(files, NO_STDIN);
                ShopReader b = two(true);
                assertThat(b.validate(files, NO_STDIN)).as("%s / %s", inside, end).isEqualTo(a);
                assertThat(b.filesReadInHalves).isEqualTo(1);
            }
        }
    }

    /** Rows appended to the cut file while an earlier file is read: the rows one read in order would find. */
    @Test
    void theCutFileGrowsWhileAnEarlierFileIsRead() throws IOException {
        for (boolean quoted : new boolean[]{false, true}) {
            StringBuilder s = new StringBuilder("order_id,sku,quantity,ordered_at,note\n");
            for (int i = 0; i < 3000; i++) {
                s.append(i).append(",S").append(i % 7).append(',').append(i % 97 == 0 ? "x" : "1").append(",2026-11-20,")
                        .append(quoted && i == 3 ? "\"a, b\"" : "").append('\n');
            }
            String stock = "sku,on_hand\nS1,3\n";
            String appended = "9001,S1,1,2026-11-21,\n9002,S2,y,2026-11-21,\n";
            ShopReader.Validation[] results = new ShopReader.Validation[2];
            for (int k = 0; k < 2; k++) {
                List<InputFile> files = List.of(file(InputKind.ON_HAND, "on-hand.csv", stock),
                        file(InputKind.ORDERS, "orders.csv", s.toString()));
                Path orders = files.get(1).path();
                ShopReader reader = (k == 0 ? one(true) : two(true)).onFileRead(f -> {
                    if (f.file().equals("on-hand.csv")) {
                        try {
                            // let the other core read its part first
                            Thread.sleep(200);
                            Files.writeString(orders, appended, java.nio.file.StandardOpenOption.APPEND);
                        } catch (IOException | InterruptedException e) {
                            throw new RuntimeException(e);
                        }
                    }
                });
                results[k] = reader.validate(files, NO_STDIN);
            }
            assertThat(results[1]).as("quoted %s", quoted).isEqualTo(results[0]);
            assertThat(results[0].files().get(1).rowsRead()).isEqualTo(3002);
        }
    }

    /** A PO file stopped by a broken quote early: a what-if PO after the stop is not read, so it matches nothing. */
    @Test
    void aWhatIfIsNotMatchedByRowsAfterTheLineThatStopsTheFile() throws IOException {
        StringBuilder s = new StringBuilder("po_number,sku,quantity,expected_date,status,note\n");
        for (int i = 0; i < 200; i++) {
            s.append("PO-").append(i).append(",SKU-").append(i).append(",5,2026-12-01,confirmed,").append(i == 5 ? "\"a\" b" : "").append('\n');
        }
        s.append("PX-77,SKU-1,5,2026-12-01,confirmed,\n");
        poRows(s, 200, 400);
        List<InputFile> files = List.of(file(InputKind.PURCHASE_ORDERS, "purchase-orders.csv", s.toString()));
        shop.atp.domain.WhatIf oneIf = movePx77();
        shop.atp.domain.WhatIf twoIf = movePx77();
        ShopReader.Validation a = one(true).whatIf(oneIf).validate(files, NO_STDIN);
        ShopReader.Validation b = two(true).whatIf(twoIf).validate(files, NO_STDIN);
        assertThat(b).isEqualTo(a);
        assertThat(oneIf.unmatched()).hasSize(1);
        assertThat(twoIf.unmatched()).isEqualTo(oneIf.unmatched());
        assertThat(twoIf.moved()).isEqualTo(oneIf.moved());
    }
}
