package shop.atp.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableWriterTest {

    private static String write(Format format, boolean raw, Object... cells) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(cells);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            columns.add("c" + i);
        }
        StringWriter out = new StringWriter();
        new TableWriter(format, raw).write(Table.ofRows(columns, rows), out);
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "equals|=SUM(A1)|'=SUM(A1)",
            "plus|+1|'+1",
            "minus|-1|'-1",
            "at|@cmd|'@cmd",
            "tab|\\tx|'\\tx",
            "carriage return|\\rx|\"'\\rx\"",
            "line feed|\\nx|\"'\\nx\"",
            "nul|\\0x|'\\0x",
            "quoted delimiter|=a,b|\"'=a,b\"",
            "harmless|abc|abc",
            "inner equals|a=b|a=b",
    })
    void formulaGuardInCsv(String what, String cell, String expected) {
        String text = unescape(cell);
        assertThat(write(Format.CSV, false, text)).isEqualTo("c0\r\n" + unescape(expected) + "\r\n");
        assertThat(write(Format.CSV, true, text)).doesNotStartWith("c0\r\n'");
    }

    @Test
    void formulaGuardInTsvAndNumbersStayNumbers() {
        assertThat(write(Format.TSV, false, "-x", -5L, "x\ty")).isEqualTo("c0\tc1\tc2\r\n'-x\t-5\t\"x\ty\"\r\n");
        assertThat(write(Format.CSV, false, -5L, 0L, new java.math.BigDecimal("12.5"))).isEqualTo("c0,c1,c2\r\n-5,0,12.5\r\n");
    }

    /**
     * Dates and timestamps are written as digits straight into the row; the same text as their
     * own toString, and years without four digits as before (a negative one guarded).
     */
    @Test
    void datesAndTimestampsReadAsJavaTimeWritesThem() {
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        java.time.Instant at = java.time.Instant.parse("2026-07-01T10:22:13.5Z");
        assertThat(write(Format.CSV, false, java.time.LocalDate.of(2026, 2, 3), new Timestamp(at, berlin)))
                .isEqualTo("c0,c1\r\n2026-02-03,2026-07-01T12:22:13.5+02:00\r\n");
        assertThat(write(Format.CSV, false, java.time.LocalDate.of(999, 12, 31), java.time.LocalDate.of(10_000, 1, 1),
                java.time.LocalDate.of(-1, 1, 1), new Timestamp(java.time.Instant.parse("0999-01-01T00:00:00Z"), berlin)))
                .isEqualTo("c0,c1,c2,c3\r\n0999-12-31,'+10000-01-01,'-0001-01-01,0999-01-01T00:53:28+00:53:28\r\n");
        assertThat(write(Format.JSON, false, new Timestamp(at, berlin))).contains("\"2026-07-01T12:22:13.5+02:00\"");
    }

    /** Every day of years 1000 to 9999 reads as LocalDate writes it (the digits are made by arithmetic). */
    @Test
    void everyDayOfFourDigitYearsReadsAsLocalDate() {
        StringBuilder b = new StringBuilder();
        for (long day = IsoText.FIRST_DAY; day <= IsoText.LAST_DAY; day++) {
            b.setLength(0);
            IsoText.appendEpochDay(b, day);
            if (!b.toString().equals(java.time.LocalDate.ofEpochDay(day).toString())) {
                assertThat(b.toString()).as("day %d", day).isEqualTo(java.time.LocalDate.ofEpochDay(day).toString());
            }
        }
    }

    /**
     * A text cell that needed neither quotes nor a guard is written as it is when the same
     * String comes again in its column; one that needed either is looked at every time.
     */
    @Test
    void aRepeatedCellIsWrittenTheSameEveryTime() {
        String plain = "on-hand";
        String risky = "-x";
        String quoted = "a,b";
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(new Object[]{plain, risky, quoted, i == 1 ? null : plain});
        }
        StringWriter out = new StringWriter();
        new TableWriter(Format.CSV, false).write(Table.ofRows(List.of("a", "b", "c", "d"), rows), out);
        assertThat(out.toString()).isEqualTo("a,b,c,d\r\n"
                + "on-hand,'-x,\"a,b\",on-hand\r\n"
                + "on-hand,'-x,\"a,b\",\r\n"
                + "on-hand,'-x,\"a,b\",on-hand\r\n");
    }

    /**
     * HARDENING S1: a spreadsheet in a locale whose list separator is ';' splits a .csv at ';'
     * outside quotes, so a cell holding one is quoted, in csv and tsv alike.
     */
    @Test
    void cellsHoldingASemicolonAreQuoted() {
        assertThat(write(Format.CSV, false, "X;=1+2", "plain", "a;b")).isEqualTo("c0,c1,c2\r\n\"X;=1+2\",plain,\"a;b\"\r\n");
        assertThat(write(Format.TSV, false, "X;=1+2", "plain", 1L)).isEqualTo("c0\tc1\tc2\r\n\"X;=1+2\"\tplain\t1\r\n");
    }

    @Test
    void rowsPastManyBlocksComeOutInTheirOrderOnce() {
        int count = 50_000;
        List<Integer> numbers = new ArrayList<>();
        StringBuilder expected = new StringBuilder("n,text\r\n");
        for (int i = 0; i < count; i++) {
            numbers.add(i);
            expected.append(i).append(",\"a,").append(i % 7).append("\"\r\n");
        }
        StringWriter out = new StringWriter();
        new TableWriter(Format.CSV, false).write(Table.of(List.of("n", "text"), numbers,
                n -> new Object[]{(long) n, "a," + n % 7}), out);
        assertThat(out.toString()).isEqualTo(expected.toString());
    }

    @Test
    void jsonHasNumbersAsNumbersBlanksAsNullAndEscapedText() {
        assertThat(write(Format.JSON, false, "a\"b\n", -3L, null))
                .isEqualTo("[\n  {\"c0\": \"a\\\"b\\n\", \"c1\": -3, \"c2\": null}\n]\n");
        StringWriter empty = new StringWriter();
        new TableWriter(Format.JSON, false).write(Table.ofRows(List.of("a"), List.of()), empty);
        assertThat(empty.toString()).isEqualTo("[]\n");
    }

    @Test
    void alignedTableRightAlignsNumbersAndCountsCodePoints() {
        List<Object[]> rows = List.of(new Object[]{"Ä", 5L}, new Object[]{"long sku", -12L});
        StringWriter out = new StringWriter();
        new TableWriter(Format.TABLE, false).write(Table.ofRows(List.of("sku", "on_hand"), rows), out);
        assertThat(out.toString()).isEqualTo("""
                sku       on_hand
                --------  -------
                Ä               5
                long sku      -12
                """);
    }

    /**
     * HARDENING S2: for people, a right-to-left override or a zero-width space is shown as '?',
     * so that a cell cannot show other text than it holds; csv keeps the data as it is.
     */
    @Test
    void charactersThatReorderOrHideTextAreShownInATable() {
        List<Object[]> rows = List.<Object[]>of(new Object[]{"ab\u202Ecd", "z\u200Bw", "T\u2066x\u2069\uFEFF"});
        assertThat(Cells.printable("soft\u00ADhy\u200Dphen\u2063\u2028")).isEqualTo("soft?hy?phen??");
        StringWriter table = new StringWriter();
        new TableWriter(Format.TABLE, false).write(Table.ofRows(List.of("order_id", "customer", "title"), rows), table);
        assertThat(table.toString()).contains("ab?cd     z?w       T?x??");
        StringWriter csv = new StringWriter();
        new TableWriter(Format.CSV, false).write(Table.ofRows(List.of("order_id", "customer", "title"), rows), csv);
        assertThat(csv.toString()).contains("ab\u202Ecd,z\u200Bw,T\u2066x\u2069\uFEFF");
        StringWriter err = new StringWriter();
        try (PrintableWriter w = new PrintableWriter(err)) {
            w.write("channel \"x\u202Eevil\" is not known\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(err.toString()).isEqualTo("channel \"x?evil\" is not known\n");
    }

    @Test
    void colourOnlyWhenAskedAndOnlyForStatusWords() {
        List<Object[]> rows = List.<Object[]>of(new Object[]{"OUT_OF_STOCK", "OUT"});
        StringWriter plain = new StringWriter();
        new TableWriter(Format.TABLE, false, false).write(Table.ofRows(List.of("status", "x"), rows), plain);
        assertThat(plain.toString()).doesNotContain("\u001b");
        StringWriter colored = new StringWriter();
        new TableWriter(Format.TABLE, false, true).write(Table.ofRows(List.of("status", "x"), rows), colored);
        assertThat(colored.toString()).contains("\u001b[31mOUT_OF_STOCK\u001b[0m  OUT");
    }

    private static String unescape(String s) {
        return s.replace("\\t", "\t").replace("\\r", "\r").replace("\\n", "\n").replace("\\0", "\0");
    }
}
