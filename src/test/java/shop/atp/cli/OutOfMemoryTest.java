package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HARDENING C7: running out of memory is one line saying how to give Java more, and exit 3,
 * never a stack trace and never exit 1 (which means "findings"). Runs atp in a JVM of its own
 * with a small heap.
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void outOfMemoryIsOneLineAndExit3() throws Exception {
        new ShopFolder(dir).manyOrders(300_000, 300_000);
        Process atp = SeparateJvm.atp(List.of("-Xmx24m", "-XX:TieredStopAtLevel=1"),
                "check", "--data", dir.toString(), "--as-of", "2026-11-24")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(atp.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(atp.exitValue()).as(err).isEqualTo(3);
        assertThat(err).isEqualTo("atp: out of memory: give Java more, e.g. ATP_JAVA_OPTS=-Xmx4g bin/atp ..."
                + " (or java -Xmx4g -jar atp.jar ...)\n");
    }
}
