package shop.atp.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real commands on each case folder under src/test/resources/cases and compares
 * standard output with {@code expected/<command>.<format>}. A case's {@code data-dir.txt}
 * may point at another folder (the demo case runs on examples/); its {@code args.txt} may give
 * a command its own arguments, a line {@code command: ARG ...} each (`receive` needs a PO). Run with
 * {@code -Datp.golden.update=true} to rewrite the expected files after a reviewed change.
 */
class GoldenCasesTest {

    static final Path CASES = Path.of("src/test/resources/cases");
    static final String AS_OF = "2026-11-24";
    private static final boolean UPDATE = Boolean.getBoolean("atp.golden.update");

    @TestFactory
    Stream<DynamicTest> everyExpectedOutputMatches() throws IOException {
        List<Path> expected;
        try (Stream<Path> files = Files.walk(CASES)) {
            expected = files.filter(p -> p.getParent().getFileName().toString().equals("expected")).sorted().toList();
        }
        assertThat(expected).isNotEmpty();
        return expected.stream().map(file -> DynamicTest.dynamicTest(CASES.relativize(file).toString(), () -> check(file)));
    }

    private static void check(Path expectedFile) throws IOException {
        Path caseDir = expectedFile.getParent().getParent();
        Path data = Files.exists(caseDir.resolve("data-dir.txt"))
                ? Path.of(Files.readString(caseDir.resolve("data-dir.txt")).strip()) : caseDir;
        String name = expectedFile.getFileName().toString();
        String command = name.substring(0, name.indexOf('.'));
        String format = name.substring(name.indexOf('.') + 1);
        List<String> args = new java.util.ArrayList<>(List.of(command));
        args.addAll(extraArgs(caseDir, command));
        args.addAll(List.of("--data", data.toString(), "--as-of", AS_OF, "--format", format));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertThat(run.err()).as("standard error").isEmpty();
        assertThat(run.exit()).as("exit code").isIn(0, 1);
        if (UPDATE) {
            Files.writeString(expectedFile, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(run.out()).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    /** The arguments args.txt gives {@code command}, none when it gives none. */
    private static List<String> extraArgs(Path caseDir, String command) throws IOException {
        Path file = caseDir.resolve("args.txt");
        if (!Files.exists(file)) {
            return List.of();
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(command + ":")) {
                return List.of(line.substring(command.length() + 1).strip().split("\\s+"));
            }
        }
        return List.of();
    }
}
