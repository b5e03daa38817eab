package shop.atp.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Edge cases the csv-spectrum suite lacks, kept as data: the input with visible symbols for
 * invisible characters (␍ CR, ␊ LF, ⇥ tab, ␀ NUL), and the records expected as
 * {@code line:cell|cell} lines, or the error expected.
 */
class CsvEdgeCasesTest {

    record Case(String name, byte[] input, List<String> expected, String error) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case records(String name, String input, String... expected) {
        return new Case(name, visible(input).getBytes(StandardCharsets.UTF_8), List.of(expected), null);
    }

    static Case bytes(String name, byte[] input, String... expected) {
        return new Case(name, input, List.of(expected), null);
    }

    static Case error(String name, String input, String error) {
        return new Case(name, visible(input).getBytes(StandardCharsets.UTF_8), List.of(), error);
    }

    static String visible(String s) {
        return s.replace("␍", "\r").replace("␊", "\n").replace("⇥", "\t").replace("␀", "\0");
    }

    static Stream<Case> cases() {
        return Stream.of(
                records("utf-8 BOM", "\uFEFFsku,qty␊A,1␊", "2:A|1"),
                records("CRLF outside quotes", "sku,qty␍␊A,1␍␊B,2␍␊", "2:A|1", "3:B|2"),
                records("CRLF inside quotes", "sku,title␍␊A,\"one␍␊two\"␍␊B,x␍␊", "2:A|one␊two", "4:B|x"),
                records("semicolon file with decimal commas", "sku;qty␊A;12,5␊", "2:A|12,5"),
                records("tab file", "sku⇥qty⇥title␊A⇥1⇥\"x⇥y\"␊", "2:A|1|x⇥y"),
                records("trailing empty lines", "sku,qty␊A,1␊␊␊␍␊", "2:A|1"),
                records("blank lines in between keep physical numbers", "sku,qty␊␊A,1␊   ␊B,2␊", "3:A|1", "5:B|2"),
                records("no line break at the end", "sku,qty␊A,1", "2:A|1"),
                records("spaces around cells are trimmed", "sku , qty␊  A  ,  1 ␊", "2:A|1"),
                records("doubled quotes and delimiters in quotes", "sku,title␊A,\"say \"\"hi\"\", ok\"␊", "2:A|say \"hi\", ok"),
                records("backslashes are kept", "sku,path␊A,C:\\new\\table␊", "2:A|C:\\new\\table"),
                records("too few and too many fields are returned as read", "a,b,c␊1,2␊1,2,3,4␊", "2:1|2", "3:1|2|3|4"),
                records("a NUL byte is kept for the row reader to judge", "sku,qty␊A␀,1␊", "2:A␀|1"),
                bytes("UTF-16 LE with BOM", utf16("\uFEFFsku,qty\nÄ,1\n", StandardCharsets.UTF_16LE), "2:Ä|1"),
                bytes("UTF-16 BE with BOM", utf16("\uFEFFsku,qty\nÄ,1\n", StandardCharsets.UTF_16BE), "2:Ä|1"),
                bytes("latin-1 bytes become U+FFFD, refused by the row reader", "sku,qty\nCAF\u00c9,1\n".getBytes(StandardCharsets.ISO_8859_1), "2:CAF\uFFFD|1"),
                records("a CR alone ends a line, inside quotes too", "sku,title␍A,\"one␍two\"␍B,x␍", "2:A|one␊two", "4:B|x"),
                // odd quoting is read as opencsv's RFC4180Parser read it (atp's parser before its own scanner)
                records("quotes inside an unquoted cell are kept", "sku,title␊A,a\"b\"c␊", "2:A|a\"b\"c"),
                records("a space before the opening quote keeps the quotes", "sku,title␊A, \"x\" ␊", "2:A|\"x\""),
                records("a lone quote in an unquoted last cell runs on over the next line", "sku,title␊A,5\" screen␊B,x␊",
                        "2:A|5\" screen␊B|x"),
                error("text after a closing quote leaves the cell open", "sku,title␊A,\"x\"y,z␊B,x␊",
                        "x.csv:2: a quoted field starts on this line and is never closed (a missing \" ?)"),
                error("a header line must end within the first MiB", "a" + ",".repeat(1 << 20) + "␊A,1␊",
                        "x.csv: cannot be read: Mark invalid"),
                error("unterminated quote", "sku,qty␊A,1␊\"B,2␊C,3␊",
                        "x.csv:3: a quoted field starts on this line and is never closed (a missing \" ?)"),
                error("a quoted field over the multi-line limit", "sku,qty␊\"" + "␊".repeat(CsvRecords.MULTILINE_LIMIT + 5) + "\",1␊",
                        "x.csv:2: a quoted field starts on this line and runs over more than 1000 lines (a missing \" ?)"));
    }

    private static byte[] utf16(String s, java.nio.charset.Charset cs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(s.getBytes(cs));
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsExpected(Case c) {
        if (c.error() != null) {
            assertThatThrownBy(() -> read(c.input())).isInstanceOf(InputException.class).hasMessage(c.error());
            return;
        }
        assertThat(read(c.input())).isEqualTo(c.expected().stream().map(CsvEdgeCasesTest::visible).toList());
    }

    static List<String> read(byte[] input) {
        CsvRecords records = CsvRecords.open("x.csv", new ByteArrayInputStream(input), null);
        records.header();
        List<String> rows = new ArrayList<>();
        for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
            rows.add(row.line() + ":" + String.join("|", row.cells()));
        }
        return rows;
    }
}
