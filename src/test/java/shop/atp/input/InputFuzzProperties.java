package shop.atp.input;

import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import shop.atp.domain.FileSummary;
import shop.atp.domain.Policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * Random and mutated inputs for every reader and for the policy loader: the result is a
 * parse or a clean error naming the file (and the line where there is one), never another
 * exception and never a hang. And no row is lost: rows read = rows used + rows rejected.
 */
class InputFuzzProperties {

    private static final String VALID_ORDERS = "order_id,sku,quantity,ordered_at,channel,status,shipped,promised_date\n"
            + "1001,A,2,2026-11-01,dtc,open,0,2026-11-30\n1002,\"B,x\",1,2026-11-02T10:00:00Z,ebay,shipped,1,\n";
    private static final String VALID_POS = "po_number,sku,quantity,received,expected_date,status\nPO-1,A,10,2,2026-12-01,confirmed\n";
    private static final String VALID_ON_HAND = "sku,on_hand,location\nA,5,main\n\"B,x\",-2,back\n";
    private static final String VALID_PRODUCTS = "sku,title,lifecycle,planned_production,release_date\nN,\"Book \"\"one\"\"\",new,100,2027-01-15\n";

    private static Gen<byte[]> mutatedCsv() {
        Gen<String> base = arbitrary().pick(List.of(VALID_ORDERS, VALID_POS, VALID_ON_HAND, VALID_PRODUCTS));
        Gen<byte[]> randomBytes = Generate.byteArrays(integers().between(0, 300),
                Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
        Gen<byte[]> mutated = base.zip(integers().between(0, 400), stringsOf("\",;\t\r\n\0\uFEFF\u00e9-9.xe ", 6),
                        integers().between(0, 40),
                        (text, at, insert, cut) -> {
                            int i = Math.min(at, text.length());
                            String s = text.substring(0, i) + insert + text.substring(Math.min(text.length(), i + cut % 5));
                            return s.getBytes(StandardCharsets.UTF_8);
                        });
        Gen<byte[]> huge = arbitrary().pick(List.of(
                (VALID_ON_HAND + "C," + "9".repeat(400) + ",x\n").getBytes(StandardCharsets.UTF_8),
                (VALID_ON_HAND + "\"" + "x".repeat(200_000) + "\",1,\n").getBytes(StandardCharsets.UTF_8),
                (VALID_ON_HAND.substring(0, VALID_ON_HAND.length() - 7)).getBytes(StandardCharsets.UTF_8)));
        return Generate.frequency(List.of(Pair.of(1, randomBytes), Pair.of(2, mutated), Pair.of(1, huge)));
    }

    /** Strings of up to {@code maxLength} chars drawn from {@code chars}. */
    private static Gen<String> stringsOf(String chars, int maxLength) {
        List<Character> pool = chars.chars().mapToObj(c -> (char) c).toList();
        return lists().of(arbitrary().pick(pool)).ofSizeBetween(0, maxLength).map(cs -> {
            StringBuilder b = new StringBuilder(cs.size());
            cs.forEach(b::append);
            return b.toString();
        });
    }

    @Test
    void everyReaderParsesOrFailsCleanly() {
        qt().withFixedSeed(424242L).withExamples(300).forAll(mutatedCsv(), arbitrary().pick(InputKind.shopFiles()))
                .checkAssert((content, kind) -> {
                    try {
                        parsesOrFailsCleanly(content, kind);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static void parsesOrFailsCleanly(byte[] content, InputKind kind) throws IOException {
        Path dir = Files.createTempDirectory("atp-fuzz");
        try {
            List<InputFile> files = new ArrayList<>();
            for (InputKind k : InputKind.shopFiles()) {
                Path file = dir.resolve(k.defaultFileName());
                Files.write(file, k == kind ? content : header(k).getBytes(StandardCharsets.UTF_8));
                files.add(new InputFile(k, k.defaultFileName(), file, false));
            }
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                ShopReader.Validation v = new ShopReader(Policy.defaults(), null, true).validate(files, InputStreamOf.EMPTY);
                for (InputProblem p : v.problems()) {
                    assertThat(p.file()).isEqualTo(kind.defaultFileName());
                    assertThat(p.line()).isNotNegative();
                    assertThat(p.toString()).startsWith(kind.defaultFileName() + ":");
                }
                for (FileSummary f : v.files()) {
                    assertThat(f.rowsRead()).isEqualTo(f.rowsUsed() + f.rowsRejected() + f.rowsSkipped());
                }
                ShopReader.Validation split = new ShopReader(Policy.defaults(), null, true).halvesFrom(0)
                        .validate(files, InputStreamOf.EMPTY);
                assertThat(split.problems()).as("read in two parts").isEqualTo(v.problems());
                assertThat(split.files()).as("read in two parts").isEqualTo(v.files());
                try {
                    new ShopReader(Policy.defaults(), null, false).read(files, InputStreamOf.EMPTY);
                    assertThat(v.problems()).isEmpty();
                } catch (InputException e) {
                    assertThat(e.problems()).isNotEmpty();
                }
            });
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The platforms' exports of the examples and the golden cases: one file per built-in format. */
    private static final List<Pair<InputKind, Path>> EXPORTS = List.of(
            Pair.of(InputKind.ORDERS, Path.of("examples/shopify/orders_export_1.csv")),
            Pair.of(InputKind.ON_HAND, Path.of("examples/shopify/inventory_export_1.csv")),
            Pair.of(InputKind.ORDERS, Path.of("examples/multichannel/Orders-Amazon-All.txt")),
            Pair.of(InputKind.ORDERS, Path.of("examples/multichannel/orders-tiktok.csv")),
            Pair.of(InputKind.ORDERS, Path.of("examples/multichannel/orders-ebay.csv")),
            Pair.of(InputKind.PRODUCTS, Path.of("examples/shopify/products_export_1.csv")),
            Pair.of(InputKind.PRODUCTS, Path.of("src/test/resources/cases/webshop/products-woocommerce.csv")),
            Pair.of(InputKind.ORDERS, Path.of("src/test/resources/cases/webshop/orders-woocommerce.csv")),
            Pair.of(InputKind.ORDERS, Path.of("src/test/resources/cases/amazon-unshipped/orders-amazon-unshipped.txt")));

    /** Mutated rows of a platform's export (its header kept, so the format is still recognised). */
    private static Gen<Pair<InputKind, byte[]>> mutatedExport() {
        Gen<Pair<InputKind, Path>> base = arbitrary().pick(EXPORTS);
        return base.zip(integers().between(0, 2000), stringsOf("\",;\t\r\n\u00e9-9.x #'", 6), integers().between(0, 40),
                (export, at, insert, cut) -> {
                    String text;
                    try {
                        text = Files.readString(export._2, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    int headerEnd = text.indexOf('\n') + 1;
                    int i = headerEnd + Math.min(at, text.length() - headerEnd);
                    String s = text.substring(0, i) + insert + text.substring(Math.min(text.length(), i + cut % 7));
                    return Pair.of(export._1, s.getBytes(StandardCharsets.UTF_8));
                });
    }

    /** SPEC: every row of a platform's export is used, rejected or skipped; nothing fails otherwise. */
    @Test
    void everyRowOfAMutatedExportIsUsedRejectedOrSkipped() {
        qt().withFixedSeed(20261201L).withExamples(300).forAll(mutatedExport()).checkAssert(export -> {
            try {
                parsesOrFailsCleanly(export._2, export._1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String header(InputKind kind) {
        return String.join(",", kind.columns().stream().map(Column::name).toList()) + "\n";
    }

    private static Gen<String> mutatedPolicy() {
        String valid = "default_channel: dtc\nfulfillment_days: 2\nincoming_buffer: 10%\nbackorder: { max_days: 14 }\n"
                + "channels:\n  dtc: { backorder: true }\nskus:\n  A:\n    preorder: { cap: 0.5 }\n";
        Gen<String> mutated = integers().between(0, valid.length()).zip(
                        stringsOf("{}[]:,-&*!|>%'\"#\n\t 0123456789abc", 8), integers().between(0, 6),
                        (at, insert, cut) -> valid.substring(0, at) + insert + valid.substring(Math.min(valid.length(), at + cut)));
        Gen<String> random = strings().allPossible().ofLengthBetween(0, 200);
        Gen<String> deep = integers().between(1, 3000).map(n -> "skus: " + "[".repeat(n));
        return Generate.frequency(List.of(Pair.of(2, mutated), Pair.of(1, random), Pair.of(1, deep)));
    }

    @Test
    void thePolicyLoaderParsesOrFailsCleanly() {
        qt().withFixedSeed(434343L).withExamples(400).forAll(mutatedPolicy()).checkAssert(yaml ->
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                    try {
                        assertThat(PolicyReader.read("policy.yaml",
                                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))).isNotNull();
                    } catch (PolicyException e) {
                        assertThat(e.getMessage()).startsWith("policy.yaml");
                    }
                }));
    }

    /** An empty standard input for readers that never use it. */
    static final class InputStreamOf {
        static final java.io.InputStream EMPTY = new ByteArrayInputStream(new byte[0]);

        private InputStreamOf() {
        }
    }
}
