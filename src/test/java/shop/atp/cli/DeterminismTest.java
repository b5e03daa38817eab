package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Same inputs, same bytes out: across runs, and with the rows of every file shuffled. */
class DeterminismTest {

    private static final String[][] RUNS = {
            {"availability", "csv"}, {"policy", "json"}, {"allocate", "csv"}, {"check", "table"},
            {"preorders", "table"}, {"cover", "csv"}, {"orders", "csv"}, {"health", "json"}, {"notices", "csv"}, {"report", "html"}, {"report", "json"}, {"validate", "csv"}};

    @TempDir
    Path dir;

    @Test
    void repeatedRunsAreByteIdentical() {
        for (String[] run : RUNS) {
            CliRun first = CliRun.run(run[0], "--data", "examples", "--as-of", "2026-11-24", "--format", run[1]);
            CliRun second = CliRun.run(run[0], "--data", "examples", "--as-of", "2026-11-24", "--format", run[1]);
            assertThat(second.out()).as(String.join(" ", run)).isEqualTo(first.out());
        }
    }

    /**
     * Shuffles the data rows in groups sharing their first cell (an order's lines, a PO's
     * lines): within such a group the FIFO key ties and file order decides, as SPEC says.
     */
    private static List<String> shuffleGroups(List<String> lines, Random random) {
        java.util.Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        for (String row : lines.subList(1, lines.size())) {
            groups.computeIfAbsent(row.substring(0, row.indexOf(',')), k -> new ArrayList<>()).add(row);
        }
        List<List<String>> shuffled = new ArrayList<>(groups.values());
        Collections.shuffle(shuffled, random);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        shuffled.forEach(out::addAll);
        return out;
    }

    @Test
    void shuffledRowsGiveTheSameOutput() throws IOException {
        Random random = new Random(20261124);
        for (String name : new String[]{"on-hand.csv", "purchase-orders.csv", "orders.csv", "products.csv", "policy.yaml",
                "inventory_export_1.csv", "orders_export_1.csv"}) {
            List<String> lines = Files.readAllLines(Path.of("examples", name), StandardCharsets.UTF_8);
            if (name.endsWith(".csv") && !name.contains("_export_")) {
                lines = shuffleGroups(lines, random);
            }
            Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
        }
        for (String[] run : RUNS) {
            if (run[0].equals("validate")) {
                continue;
            }
            CliRun original = CliRun.run(run[0], "--data", "examples", "--as-of", "2026-11-24", "--format", run[1]);
            CliRun shuffled = CliRun.run(run[0], "--data", dir.toString(), "--as-of", "2026-11-24", "--format", run[1]);
            assertThat(shuffled.out()).as(String.join(" ", run)).isEqualTo(original.out());
        }
    }
}
