package shop.atp.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HARDENING.md D6: a run stopped by SIGTERM while it writes --output leaves no temporary file
 * behind, and the old output as it was. Runs atp in a JVM of its own and stops it once its
 * temporary file appears.
 */
class StoppedRunTest {

    @TempDir
    Path dir;

    @Test
    void aRunStoppedMidWriteLeavesNoTemporaryFile() throws Exception {
        new ShopFolder(dir).manyOrders(400_000, 5000);
        Path out = Files.writeString(dir.resolve("out.csv"), "yesterday");
        Process atp = SeparateJvm.atp(List.of(), "allocate", "--data", dir.toString(),
                "--as-of", "2026-11-24", "--format", "csv", "--output", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("atp.log").toFile()).start();
        boolean seen = false;
        while (atp.isAlive() && !seen) {
            seen = !temporaryFiles().isEmpty();
            Thread.sleep(2);
        }
        if (seen) {
            atp.destroy(); // SIGTERM
        }
        assertThat(atp.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(seen, "the run ended before its temporary file could be seen; nothing to stop");
        assertThat(temporaryFiles()).isEmpty();
        assertThat(Files.readString(out)).satisfiesAnyOf(
                text -> assertThat(text).isEqualTo("yesterday"),
                text -> assertThat(text).startsWith("rank,order_id"));
    }

    private List<String> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }
}
