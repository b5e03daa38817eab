package shop.atp.input;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * atp's own CSV scanner against the opencsv reader it replaced ({@link OpencsvOracle}): for
 * any text, the same records (line and cells), the same undecodable cell, or the same error
 * (message and line). Texts are random over the characters that matter to CSV, with long
 * runs now and then (quoted fields over many lines, the multi-line limit, buffer refills),
 * and real rows with a few characters changed. The scanner starts with buffers from 1 char
 * up, and reads from a stream that hands out a few bytes at a time, so refills fall
 * everywhere.
 */
class CsvScannerProperties {

    private static final String ALPHABET = "ab ,;\t\"\n\r\uFFFD";
    private static final String REAL_ROWS = "order_id,sku,quantity,ordered_at,channel,status,shipped,promised_date,customer\r\n"
            + "113-7090075-0000001,STK-067160,1,2026-08-26T00:00:01Z,amazon,shipped,1,,c123236@example.com\n"
            + "1002,\"B,x\",1,2026-11-02T10:00:00Z,ebay, open ,0,2026-11-30,\n"
            + "N,\"Book \"\"one\"\"\",new,100,2027-01-15\n"
            + "PO-1;A;10;2;2026-12-01;confirmed\n"
            + "A\t\"x\ty\"\t\"multi\r\nline\"\t\n"
            + "  \n"
            + "\"a \"\"quoted\"\" title\",\"\",\" \"\n";

    /** One record as read, or the error that stopped the reading. */
    record Read(int line, List<String> cells, int undecodableCell, String error) {
    }

    @Provide
    Arbitrary<String> csvText() {
        Arbitrary<String> random = Arbitraries.strings().withChars(ALPHABET).ofMaxLength(60);
        Arbitrary<Integer> runLength = Arbitraries.oneOf(Arbitraries.integers().between(2, 40),
                Arbitraries.integers().between(995, 1005), Arbitraries.integers().between(60_000, 70_000));
        Arbitrary<String> run = Combinators.combine(Arbitraries.of('a', ' ', '\n', '\r', '"', ','), runLength)
                .as((c, n) -> String.valueOf(c).repeat(n));
        Arbitrary<String> chunk = Arbitraries.frequencyOf(
                Tuple.of(20, random), Tuple.of(1, run));
        Arbitrary<String> randomText = chunk.list().ofMaxSize(8).map(parts -> String.join("", parts));
        Arbitrary<String> mutatedRows = Combinators.combine(Arbitraries.integers().between(0, REAL_ROWS.length()),
                        Arbitraries.strings().withChars(ALPHABET).ofMaxLength(4),
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(0, REAL_ROWS.length()),
                        Arbitraries.strings().withChars(ALPHABET).ofMaxLength(3))
                .as((at, insert, cut, at2, insert2) -> {
                    String s = REAL_ROWS.substring(0, at) + insert + REAL_ROWS.substring(Math.min(REAL_ROWS.length(), at + cut));
                    int j = Math.min(at2, s.length());
                    return s.substring(0, j) + insert2 + s.substring(j);
                });
        Arbitrary<String> manyRows = Combinators.combine(Arbitraries.strings().withChars(ALPHABET + "xyz019").ofMinLength(1).ofMaxLength(50),
                        Arbitraries.integers().between(100, 3000))
                .as((row, times) -> row.repeat(times));
        Arbitrary<String> overManyLines = Combinators.combine(random, Arbitraries.of("\n", "\r\n", "\r", "x\n", " \n"),
                        Arbitraries.integers().between(996, 1003), random)
                .as((before, lineBreak, lines, after) -> before + "\"" + lineBreak.repeat(lines) + after);
        Arbitrary<String> longHeader = Combinators.combine(Arbitraries.of("", "\n", " \r\n", "\r"),
                        Arbitraries.integers().between((1 << 20) - 4, (1 << 20) + 2), Arbitraries.of("", "\n", "\r", "\r\n,b\n"))
                .as((blank, length, after) -> blank + ",".repeat(length - blank.length()) + after);
        return Arbitraries.frequencyOf(Tuple.of(40, randomText), Tuple.of(24, mutatedRows),
                Tuple.of(8, manyRows), Tuple.of(3, overManyLines), Tuple.of(1, longHeader));
    }

    @Provide
    Arbitrary<byte[]> csvBytes() {
        Arbitrary<byte[]> utf8 = csvText().map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> withBom = csvText().map(s -> ("\uFEFF" + s).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> utf16 = csvText().map(s -> ("\uFEFF" + s).getBytes(StandardCharsets.UTF_16LE));
        Arbitrary<byte[]> rawBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        return Arbitraries.frequencyOf(Tuple.of(16, utf8), Tuple.of(1, withBom),
                Tuple.of(1, utf16), Tuple.of(2, rawBytes));
    }

    @Property(seed = "464646", tries = 1000)
    void theScannerReadsWhatOpencsvRead(@ForAll("csvBytes") byte[] input,
                                        @ForAll("delimiters") Character delimiter,
                                        @ForAll("bufferSizes") int bufferSize,
                                        @ForAll("chunkSizes") int chunk) {
        List<Read> expected = oracle(input, delimiter);
        List<Read> actual = scanner(trickle(input, chunk), delimiter, bufferSize);
        assertThat(actual).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t').injectNull(0.6);
    }

    @Provide
    Arbitrary<Integer> bufferSizes() {
        return Arbitraries.of(1, 2, 3, 5, 16, 100, 1 << 16);
    }

    @Provide
    Arbitrary<Integer> chunkSizes() {
        return Arbitraries.of(1, 3, 7, 1 << 20);
    }

    static List<Read> oracle(byte[] input, Character delimiter) {
        List<Read> reads = new ArrayList<>();
        try (OpencsvOracle records = OpencsvOracle.open("x.csv", new ByteArrayInputStream(input), delimiter)) {
            for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
                reads.add(new Read(row.line(), List.of(row.cells()), row.undecodableCell(), null));
            }
        } catch (InputException e) {
            reads.add(new Read(0, List.of(), -1, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reads;
    }

    static List<Read> scanner(InputStream input, Character delimiter, int bufferSize) {
        List<Read> reads = new ArrayList<>();
        try (CsvRecords records = CsvRecords.open("x.csv", input, delimiter, bufferSize)) {
            while (records.advance()) {
                reads.add(new Read(records.line(), List.of(records.cells()), records.undecodableCell(), null));
            }
        } catch (InputException e) {
            reads.add(new Read(0, List.of(), -1, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reads;
    }

    /** A stream that hands out at most {@code chunk} bytes a read and never says more are ready. */
    static InputStream trickle(byte[] input, int chunk) {
        return new ByteArrayInputStream(input) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }

            @Override
            public synchronized int available() {
                return 0;
            }
        };
    }
}
