package shop.atp.input;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import shop.atp.domain.Policy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large export is read in two halves at once, cut at a line feed near its middle. Whatever
 * the file holds (quoted cells over several lines, CR, LF and CRLF mixed, invalid rows), the
 * result must be the one of a single read: the same shop, rows, problems and line numbers.
 * Here every file is cut, however small.
 */
class ReadingInHalvesProperties {

    private static final String[] ROWS = {
        "1001,A,2,2026-11-01,dtc,open,0,2026-11-30",
        "1002,\"B,x\",1,2026-11-02T10:00:00Z,ebay,shipped,1,",
        "1003,A,3,2026-11-03 08:00:00 +0100,amazon,open,1,",
        "1004,\"C\nover two lines\",1,2026-11-04,dtc,open,0,",
        "1005,B,x,2026-11-05,dtc,open,0,",
        "1006,A,1,2026-11-06,nowhere,open,0,",
        "\"1007\",\"A\",\"4\",\"2026-11-07\",\"dtc\",\"open\",\"0\",\"\"",
        "",
        "1008,A,1,2026-11-08,dtc,open,0,2026-11-09,extra",
    };

    @Provide
    Arbitrary<String> orders() {
        Arbitrary<String> row = Combinators.combine(Arbitraries.of(ROWS), Arbitraries.integers().between(0, 60),
                        Arbitraries.strings().withChars("\",\r\n\uFEFF\u00e9x ").ofMaxLength(3),
                        Arbitraries.integers().between(0, 3))
                .as((text, at, insert, mutate) -> {
                    if (mutate != 0) {
                        return text;
                    }
                    int i = Math.min(at, text.length());
                    return text.substring(0, i) + insert + text.substring(i);
                });
        Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r", "\n\n");
        return Combinators.combine(row.list().ofMaxSize(40), end.list().ofSize(40))
                .as((rows, ends) -> {
                    StringBuilder b = new StringBuilder("order_id,sku,quantity,ordered_at,channel,status,shipped,promised_date\n");
                    for (int i = 0; i < rows.size(); i++) {
                        b.append(rows.get(i)).append(ends.get(i));
                    }
                    return b.toString();
                });
    }

    @Property(seed = "20261130", tries = 400)
    void twoHalvesReadAsOne(@ForAll("orders") String orders, @ForAll boolean withBom) throws Exception {
        Path dir = Files.createTempDirectory("atp-halves");
        try {
            List<InputFile> files = new ArrayList<>();
            for (InputKind kind : InputKind.values()) {
                Path file = dir.resolve(kind.defaultFileName());
                String text = kind == InputKind.ORDERS ? (withBom ? "\uFEFF" : "") + orders : header(kind);
                Files.write(file, text.getBytes(StandardCharsets.UTF_8));
                files.add(new InputFile(kind, kind.defaultFileName(), file, false));
            }
            assertThat(outcome(files, 0)).isEqualTo(outcome(files, Long.MAX_VALUE));
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** What a read gives, as values that compare: the shop and rejected rows, or the problems. */
    private static List<Object> outcome(List<InputFile> files, long halvesFrom) {
        List<Object> outcome = new ArrayList<>();
        ShopReader.Validation v = new ShopReader(Policy.defaults(), null, true).halvesFrom(halvesFrom)
                .validate(files, InputFuzzProperties.InputStreamOf.EMPTY);
        outcome.add(v);
        try {
            ReadResult skipping = new ShopReader(Policy.defaults(), null, true).halvesFrom(halvesFrom)
                    .read(files, InputFuzzProperties.InputStreamOf.EMPTY);
            outcome.add(skipping.shop());
            outcome.add(skipping.rejected().stream().map(r -> r.file() + ":" + r.line() + " " + r.reasons() + " "
                    + Arrays.toString(r.cells())).toList());
        } catch (InputException e) {
            outcome.add(e.problems());
        }
        try {
            outcome.add(new ShopReader(Policy.defaults(), null, false).halvesFrom(halvesFrom)
                    .read(files, InputFuzzProperties.InputStreamOf.EMPTY).shop());
        } catch (InputException e) {
            outcome.add(e.problems());
        }
        return outcome;
    }

    private static String header(InputKind kind) {
        return switch (kind) {
            case ON_HAND -> "sku,on_hand\n";
            case PURCHASE_ORDERS -> "po_number,sku,quantity,expected_date,status\n";
            case ORDERS -> "order_id,sku,quantity,ordered_at\n";
            case PRODUCTS -> "sku,title\n";
        };
    }
}
