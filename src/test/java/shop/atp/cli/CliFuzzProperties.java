package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * The command line itself under random use (HARDENING, issue 17): random commands, options and
 * targets for --output and --rejects (new and existing files, inputs, the policy, a folder, a
 * missing folder, a symlink, each other). Whatever the combination: an exit code of 0 to 3,
 * no stack trace, no temporary file left, and every input unchanged byte for byte.
 */
class CliFuzzProperties {

    private static final List<String> COMMANDS = List.of("availability", "policy", "allocate", "check", "preorders",
            "report", "validate");
    private static final List<String> FORMATS = List.of("", "table", "csv", "tsv", "json", "markdown", "html", "xml");
    private static final List<String> TARGETS = List.of("", "new.csv", "existing.csv", "orders.csv", "policy.yaml",
            "folder", "missing/x.csv", "link.csv", "same");
    private static final List<String> SKUS = List.of("", "A*", "[z-a]", "*", "?");
    private static final List<String> CHANNELS = List.of("", "dtc", "nope", "DTC");
    private static final List<String> AS_OF = List.of("2026-11-24", "yesterday", "+999999999-12-20", "2026-02-30");

    private record Run(String command, String format, String output, String rejects, boolean skipInvalid, String sku,
                       String channel, String asOf, boolean badRow) {
    }

    private static <T> Gen<T> pick(List<T> items) {
        return arbitrary().pick(items);
    }

    private static Gen<Run> runs() {
        Gen<Boolean> coin = arbitrary().pick(List.of(true, false));
        return in -> new Run(pick(COMMANDS).generate(in), pick(FORMATS).generate(in), pick(TARGETS).generate(in),
                pick(TARGETS).generate(in), coin.generate(in), pick(SKUS).generate(in), pick(CHANNELS).generate(in),
                pick(AS_OF).generate(in), coin.generate(in));
    }

    @Test
    void anyCombinationEndsCleanlyAndLeavesTheInputsAlone() {
        qt().withFixedSeed(20261201L).withExamples(250).forAll(runs(), integers().between(0, 0))
                .checkAssert((run, unused) -> {
                    try {
                        check(run);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static void check(Run run) throws IOException {
        Path dir = Files.createTempDirectory("atp-cli-fuzz");
        try {
            ShopFolder folder = new ShopFolder(dir).write("policy.yaml", "default_channel: dtc\n");
            if (run.badRow()) {
                folder.write("orders.csv", ShopFolder.ORDERS + "1002,A,x,2026-11-02\n");
            }
            Files.writeString(dir.resolve("existing.csv"), "yesterday");
            Files.createDirectory(dir.resolve("folder"));
            Files.createSymbolicLink(dir.resolve("link.csv"), dir.resolve("existing.csv"));
            Map<Path, byte[]> inputs = new LinkedHashMap<>();
            for (String name : List.of("on-hand.csv", "purchase-orders.csv", "orders.csv", "policy.yaml")) {
                inputs.put(dir.resolve(name), Files.readAllBytes(dir.resolve(name)));
            }
            List<String> args = new ArrayList<>(List.of(run.command(), "--data", dir.toString(), "--as-of", run.asOf()));
            add(args, "--format", run.format());
            add(args, "--output", target(dir, run.output()));
            add(args, "--rejects", target(dir, run.rejects()));
            add(args, "--sku", run.sku());
            add(args, "--channel", run.channel());
            if (run.skipInvalid()) {
                args.add("--skip-invalid");
            }
            CliRun result = CliRun.run(args.toArray(String[]::new));

            assertThat(result.exit()).as("%s\n%s", args, result.err()).isBetween(0, 3);
            assertThat(result.err()).as("%s", args).doesNotContain("\tat ").doesNotContain("Exception")
                    .doesNotContain("internal error");
            for (Map.Entry<Path, byte[]> input : inputs.entrySet()) {
                assertThat(Files.readAllBytes(input.getKey())).as("%s after %s", input.getKey(), args).isEqualTo(input.getValue());
            }
            assertThat(Files.isSymbolicLink(dir.resolve("link.csv"))).isTrue();
            try (Stream<Path> files = Files.walk(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).as("%s", args).noneMatch(n -> n.endsWith(".tmp"));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** "same": the file --output and --rejects both name. */
    private static String target(Path dir, String name) {
        if (name.isEmpty()) {
            return "";
        }
        return dir.resolve(name.equals("same") ? "same.csv" : name).toString();
    }

    private static void add(List<String> args, String option, String value) {
        if (!value.isEmpty()) {
            args.add(option);
            args.add(value);
        }
    }
}
