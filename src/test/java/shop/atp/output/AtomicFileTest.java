package shop.atp.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileWhenComplete() throws IOException {
        Path target = dir.resolve("report.csv");
        Files.writeString(target, "old");
        AtomicFile.write(target, w -> w.write("new"));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailureMidWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.csv");
        Files.writeString(target, "yesterday");
        assertThatThrownBy(() -> AtomicFile.write(target, w -> {
            w.write("half of today".repeat(10_000));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("yesterday");
        assertThat(leftovers()).isEmpty();
        assertThatThrownBy(() -> AtomicFile.write(target, w -> {
            throw new IllegalStateException("bug");
        })).hasMessage("bug");
        assertThat(Files.readString(target)).isEqualTo("yesterday");
        assertThat(leftovers()).isEmpty();
    }

    private Stream<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList().stream();
        }
    }
}
