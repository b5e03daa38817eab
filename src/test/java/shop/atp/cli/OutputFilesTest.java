package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HARDENING C5: a disk that fills up while --output is written is a bad command line naming
 * the file and the reason (exit 2), never an internal error; the old file stays.
 */
class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskWhileWritingIsTheFileAndTheReason() throws IOException {
        Path out = Files.writeString(dir.resolve("out.csv"), "yesterday");
        assertThatThrownBy(() -> OutputFiles.write(out, w -> {
            w.write("half of today");
            throw new UncheckedIOException(new IOException("No space left on device"));
        })).isInstanceOf(UsageException.class).hasMessage(out + ": cannot be written (No space left on device)");
        assertThat(Files.readString(out)).isEqualTo("yesterday");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.csv");
        }
    }
}
