package shop.atp.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a file is cut, the lines before the cut, and that both parts come from one version of the file. */
class FileHalvesTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String text(InputStream in) throws Exception {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void cutsAfterALineFeedAndCountsLfCrAndCrlfAsTheScannerDoes() throws Exception {
        Path path = file("orders.csv", "h\r\na\rb\n\"c\r\nd\"\ne\nf\n");
        try (FileHalves halves = FileHalves.of(path, 0, 5)) {
            assertThat(text(halves.first())).isEqualTo("h\r\na\rb\n\"c\r\nd\"\n");
            assertThat(text(halves.second())).isEqualTo("e\nf\n");
            assertThat(halves.linesBefore()).isEqualTo(5);
            assertThat(halves.unchanged()).isTrue();
        }
    }

    @Test
    void notCutWhenSmallOrUtf16OrWithoutALineFeedAfterThePoint() throws Exception {
        assertThat(FileHalves.of(file("small.csv", "a\nb\n"), 1024, 2)).isNull();
        assertThat(FileHalves.of(file("cr.csv", "a\rb\rc\r"), 0, 3)).isNull();
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, "\uFEFFa\nb\nc\n".getBytes(StandardCharsets.UTF_16BE));
        assertThat(FileHalves.of(utf16, 0, 4)).isNull();
    }

    @Test
    void bothPartsComeFromTheVersionThatWasCutWhenANewOneIsRenamedIntoPlace() throws Exception {
        Path path = file("orders.csv", "h\n1\n2\n3\n");
        try (FileHalves halves = FileHalves.of(path, 0, 4)) {
            Files.move(file("new.csv", "h\n7\n8\n9\n10\n11\n"), path, StandardCopyOption.REPLACE_EXISTING);
            assertThat(text(halves.first()) + text(halves.second())).isEqualTo("h\n1\n2\n3\n");
            assertThat(halves.unchanged()).isTrue();
        }
    }

    @Test
    void aFileWrittenToInPlaceIsNoticed() throws Exception {
        Path path = file("orders.csv", "h\n1\n2\n3\n");
        try (FileHalves halves = FileHalves.of(path, 0, 4)) {
            Files.writeString(path, "4\n", StandardOpenOption.APPEND);
            assertThat(halves.unchanged()).isFalse();
        }
    }
}
