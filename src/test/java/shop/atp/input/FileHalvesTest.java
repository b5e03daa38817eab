package shop.atp.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a file is cut, the lines before the cut, and that both parts come from one version of the file. */
class FileHalvesTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static InputFile orders(Path path) {
        return new InputFile(InputKind.ORDERS, path.getFileName().toString(), path, false);
    }

    private static String text(InputStream in) throws Exception {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void cutsAfterALineFeedAndCountsLfCrAndCrlfAsTheScannerDoes() throws Exception {
        Path path = file("orders.csv", "h\r\na\rb\n\"c\r\nd\"\ne\nf\n");
        try (FileHalves halves = FileHalves.of(orders(path), 0, 5)) {
            assertThat(text(halves.first())).isEqualTo("h\r\na\rb\n\"c\r\nd\"\n");
            assertThat(text(halves.second())).isEqualTo("e\nf\n");
            assertThat(halves.firstPart()).isEqualTo(new FileHalves.FirstPart(5, true));
            assertThat(text(halves.rest())).isEqualTo("e\nf\n");
            assertThat(halves.unchanged()).isTrue();
        }
    }

    @Test
    void notCutWhenSmallOrUtf16OrWithoutALineFeedAfterThePoint() throws Exception {
        assertThat(FileHalves.of(orders(file("small.csv", "a\nb\n")), 1024, 2)).isNull();
        assertThat(FileHalves.of(orders(file("cr.csv", "a\rb\rc\r")), 0, 3)).isNull();
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, "\uFEFFa\nb\nc\n".getBytes(StandardCharsets.UTF_16BE));
        assertThat(FileHalves.of(orders(utf16), 0, 4)).isNull();
    }

    @Test
    void bothPartsComeFromTheVersionThatWasCutWhenANewOneIsRenamedIntoPlace() throws Exception {
        Path path = file("orders.csv", "h\n1\n2\n3\n");
        try (FileHalves halves = FileHalves.of(orders(path), 0, 4)) {
            Files.move(file("new.csv", "h\n7\n8\n9\n10\n11\n"), path, StandardCopyOption.REPLACE_EXISTING);
            assertThat(text(halves.first()) + text(halves.second())).isEqualTo("h\n1\n2\n3\n");
            assertThat(halves.unchanged()).isTrue();
        }
    }

    @Test
    void aFileWrittenToInPlaceIsNoticed() throws Exception {
        Path path = file("orders.csv", "h\n1\n2\n3\n");
        try (FileHalves halves = FileHalves.of(orders(path), 0, 4)) {
            Files.writeString(path, "4\n", StandardOpenOption.APPEND);
            assertThat(halves.unchanged()).isFalse();
        }
    }

    @Test
    void theLargestFileIsCutButNeverTheCatalogueNorStandardInput() throws Exception {
        String rows = "1,A,1,2026-11-01\n".repeat(100);
        InputFile orders = orders(file("orders.csv", "order_id,sku,quantity,ordered_at\n" + rows));
        InputFile products = new InputFile(InputKind.PRODUCTS, "products.csv",
                file("products.csv", "sku,title\n" + "A,a long title\n".repeat(400)), false);
        InputFile onHand = new InputFile(InputKind.ON_HAND, "on-hand.csv", file("on-hand.csv", "sku,on_hand\nA,1\n"), false);
        try (FileHalves halves = FileHalves.ofLargest(List.of(onHand, InputFile.stdin(InputKind.PURCHASE_ORDERS),
                orders, products), 0)) {
            assertThat(halves.file()).isEqualTo(orders);
            assertThat(text(halves.second())).isNotEmpty().endsWith("2026-11-01\n");
        }
        assertThat(FileHalves.ofLargest(List.of(products, InputFile.stdin(InputKind.ORDERS)), 0)).isNull();
    }
}
