package shop.atp.input.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import shop.atp.input.InputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * atp's CSV reading rules, kept as data in {@code csv/reading-rules.txt}: each case's text
 * with visible symbols for invisible characters, and the records or the error expected.
 * Inputs that are not UTF-8 text are made here.
 */
class CsvReadingRulesTest {

    record Case(String name, byte[] input, List<String> expected, String error, Quoting quoting) {

        Case(String name, byte[] input, List<String> expected, String error) {
            this(name, input, expected, error, Quoting.RFC4180);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern REPEAT = Pattern.compile("\\{(.+?)\\*(\\d+)}");

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>(fromFile());
        cases.add(new Case("UTF-16 LE with BOM", "\uFEFFsku,qty\nÄ,1\n".getBytes(StandardCharsets.UTF_16LE), List.of("2:Ä|1"), null));
        cases.add(new Case("UTF-16 BE with BOM", "\uFEFFsku,qty\nÄ,1\n".getBytes(StandardCharsets.UTF_16BE), List.of("2:Ä|1"), null));
        cases.add(new Case("latin-1 bytes become U+FFFD, refused by the row reader",
                "sku,qty\nCAF\u00c9,1\n".getBytes(StandardCharsets.ISO_8859_1), List.of("2:CAF\uFFFD|1"), null));
        return cases.stream();
    }

    private static List<Case> fromFile() throws IOException {
        List<Case> cases = new ArrayList<>();
        String name = null;
        String input = null;
        List<String> out = new ArrayList<>();
        String error = null;
        Quoting quoting = Quoting.RFC4180;
        try (InputStream in = CsvReadingRulesTest.class.getResourceAsStream("/csv/reading-rules.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("== ") || line.isEmpty() && name != null && input != null) {
                    if (name != null && input != null) {
                        cases.add(new Case(name, visible(input).getBytes(StandardCharsets.UTF_8), List.copyOf(out), error,
                                quoting));
                    }
                    quoting = Quoting.RFC4180;
                    name = line.startsWith("== ") ? line.substring(3) : null;
                    input = null;
                    out.clear();
                    error = null;
                } else if (line.startsWith("with ")) {
                    quoting = switch (line.substring(5).strip()) {
                        case "quoting: none" -> Quoting.NONE;
                        default -> throw new IllegalArgumentException("unknown case setting: " + line);
                    };
                } else if (line.startsWith("in ")) {
                    input = line.substring(3).strip();
                } else if (line.startsWith("out ")) {
                    out.add(line.substring(4).strip());
                } else if (line.startsWith("error ")) {
                    error = line.substring(6).strip();
                }
            }
        }
        assertThat(cases).hasSizeGreaterThan(20);
        return cases;
    }

    /** The symbols as the characters they stand for; {@code {text*N}} is text N times. */
    static String visible(String s) {
        Matcher m = REPEAT.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
        }
        m.appendTail(b);
        return b.toString().replace("\\uFEFF", "\uFEFF").replace("␍", "\r").replace("␊", "\n")
                .replace("⇥", "\t").replace("␀", "\0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsTheRulesSay(Case c) {
        if (c.error() != null) {
            assertThatThrownBy(() -> read(new ByteArrayInputStream(c.input()), c.quoting()))
                    .isInstanceOf(InputException.class).hasMessage(c.error());
            return;
        }
        assertThat(read(new ByteArrayInputStream(c.input()), c.quoting())).isEqualTo(c.expected().stream().map(CsvReadingRulesTest::visible).toList());
    }

    /** From a stream that hands over one byte at a time: the same records, or the same error. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aTricklingStreamReadsTheSame(Case c) {
        if (c.error() != null) {
            assertThatThrownBy(() -> read(trickling(c.input()), c.quoting())).isInstanceOf(InputException.class)
                    .hasMessage(c.error());
            return;
        }
        assertThat(read(trickling(c.input()), c.quoting())).isEqualTo(read(new ByteArrayInputStream(c.input()), c.quoting()));
    }

    static List<String> read(byte[] input) {
        return read(new ByteArrayInputStream(input));
    }

    static List<String> read(InputStream input) {
        return read(input, Quoting.RFC4180);
    }

    static List<String> read(InputStream input, Quoting quoting) {
        CsvRows records = CsvRows.open("x.csv", input, null, StandardCharsets.UTF_8, quoting);
        records.header();
        List<String> rows = new ArrayList<>();
        while (records.advance()) {
            rows.add(records.line() + ":" + String.join("|", records.cells()));
        }
        return rows;
    }

    private static InputStream trickling(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }
}
