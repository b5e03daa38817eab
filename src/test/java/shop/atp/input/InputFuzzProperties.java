package shop.atp.input;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import shop.atp.domain.FileSummary;
import shop.atp.domain.Policy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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

    @Provide
    Arbitrary<byte[]> mutatedCsv() {
        Arbitrary<String> base = Arbitraries.of(VALID_ORDERS, VALID_POS, VALID_ON_HAND, VALID_PRODUCTS);
        Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> mutated = Combinators.combine(base, Arbitraries.integers().between(0, 400),
                        Arbitraries.strings().withChars("\",;\t\r\n\0\uFEFF\u00e9-9.xe ").ofMaxLength(6),
                        Arbitraries.integers().between(0, 40))
                .as((text, at, insert, cut) -> {
                    int i = Math.min(at, text.length());
                    String s = text.substring(0, i) + insert + text.substring(Math.min(text.length(), i + cut % 5));
                    return s.getBytes(StandardCharsets.UTF_8);
                });
        Arbitrary<byte[]> huge = Arbitraries.of(
                (VALID_ON_HAND + "C," + "9".repeat(400) + ",x\n").getBytes(StandardCharsets.UTF_8),
                (VALID_ON_HAND + "\"" + "x".repeat(200_000) + "\",1,\n").getBytes(StandardCharsets.UTF_8),
                (VALID_ON_HAND.substring(0, VALID_ON_HAND.length() - 7)).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(randomBytes, mutated, mutated, huge);
    }

    @Property(seed = "424242", tries = 300)
    void everyReaderParsesOrFailsCleanly(@ForAll("mutatedCsv") byte[] content, @ForAll InputKind kind) throws Exception {
        Path dir = Files.createTempDirectory("atp-fuzz");
        try {
            List<InputFile> files = new ArrayList<>();
            for (InputKind k : InputKind.values()) {
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
                    assertThat(f.rowsRead()).isEqualTo(f.rowsUsed() + f.rowsRejected());
                }
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

    private static String header(InputKind kind) {
        return String.join(",", kind.columns().stream().map(Column::name).toList()) + "\n";
    }

    @Provide
    Arbitrary<String> mutatedPolicy() {
        String valid = "default_channel: dtc\nfulfillment_days: 2\nincoming_buffer: 10%\nbackorder: { max_days: 14 }\n"
                + "channels:\n  dtc: { backorder: true }\nskus:\n  A:\n    preorder: { cap: 0.5 }\n";
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.integers().between(0, valid.length()),
                        Arbitraries.strings().withChars("{}[]:,-&*!|>%'\"#\n\t 0123456789abc").ofMaxLength(8),
                        Arbitraries.integers().between(0, 6))
                .as((at, insert, cut) -> valid.substring(0, at) + insert + valid.substring(Math.min(valid.length(), at + cut)));
        Arbitrary<String> random = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> deep = Arbitraries.integers().between(1, 3000).map(n -> "skus: " + "[".repeat(n));
        return Arbitraries.oneOf(mutated, mutated, random, deep);
    }

    @Property(seed = "434343", tries = 400)
    void thePolicyLoaderParsesOrFailsCleanly(@ForAll("mutatedPolicy") String yaml) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                assertThat(PolicyReader.read("policy.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                        .isNotNull();
            } catch (PolicyException e) {
                assertThat(e.getMessage()).startsWith("policy.yaml");
            }
        });
    }

    /** An empty standard input for readers that never use it. */
    static final class InputStreamOf {
        static final java.io.InputStream EMPTY = new ByteArrayInputStream(new byte[0]);

        private InputStreamOf() {
        }
    }
}
