package shop.atp.bench;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import shop.atp.domain.Policy;
import shop.atp.input.csv.CsvRows;
import shop.atp.input.DateReader;
import shop.atp.input.InputFile;
import shop.atp.input.InputKind;
import shop.atp.input.ShopReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where parsing time goes, in one warm JVM: the parts of reading orders.csv measured one by
 * one (best of several passes after two warm-up passes), and the alternatives the issue asks
 * about (FastCSV as atp uses it and with a String per cell; opencsv's parsers, atp's first
 * choice; date and number parsing options), plus atp's whole {@code ShopReader} on the four files. Numbers are ns per row and
 * seconds per file.
 *
 * <p>{@code java -Xmx2g -cp bench/target/benchmarks.jar shop.atp.bench.ParseBench bench/data/1m-seed42 [PASSES]}
 */
public final class ParseBench {

    private interface Pass {
        long run() throws IOException;
    }

    private final Path dir;
    private final int passes;
    private long rows;

    private ParseBench(Path dir, int passes) {
        this.dir = dir;
        this.passes = passes;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ParseBench DATA_DIR [PASSES]");
            System.exit(2);
        }
        new ParseBench(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 3).runAll();
    }

    private void runAll() throws IOException {
        Path orders = dir.resolve("orders.csv");
        rows = Files.lines(orders).count() - 1;
        System.out.printf(Locale.ROOT, "orders.csv: %d rows, %.1f MB; best of %d passes after 2 warm-up passes%n%n", rows,
                Files.size(orders) / 1e6, passes);
        System.out.printf(Locale.ROOT, "%-72s %9s %9s%n", "what (orders.csv unless said)", "ns/row", "s/file");

        time("BufferedReader.readLine only (UTF-8, 64 KiB buffer): the floor", () -> {
            long n = 0;
            try (BufferedReader r = reader(orders)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    n += line.length();
                }
            }
            return n;
        });
        time("opencsv CSVReader + RFC4180Parser (atp's former reader), readNext", () -> opencsv(orders,
                new RFC4180ParserBuilder().withSeparator(',').build(), false));
        time("  ... + strip() of every cell (as atp's opencsv-based reader did)", () -> opencsv(orders,
                new RFC4180ParserBuilder().withSeparator(',').build(), true));
        time("opencsv CSVReader + default CSVParser, readNext", () -> opencsv(orders,
                new CSVParserBuilder().withSeparator(',').build(), false));
        time("opencsv RFC4180Parser.parseLine on readLine (no CSVReader; no multi-line)", () -> {
            RFC4180Parser p = new RFC4180ParserBuilder().withSeparator(',').build();
            long n = 0;
            try (BufferedReader r = reader(orders)) {
                r.readLine();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    n += p.parseLine(line).length;
                }
            }
            return n;
        });
        time("atp CsvRows (FastCSV, callback over char ranges): advance", () -> {
            long n = 0;
            try (CsvRows r = CsvRows.open("orders.csv", Files.newInputStream(orders), ',')) {
                while (r.advance()) {
                    n += r.current().size();
                }
            }
            return n;
        });
        time("FastCSV CsvReader.ofCsvRecord (a String per cell), no trimming", () -> {
            long n = 0;
            try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(orders, StandardCharsets.UTF_8)) {
                for (CsvRecord record : r) {
                    n += record.getFieldCount();
                }
            }
            return n;
        });
        time("  atp CsvRows + a String per cell (what a String[] reader costs on top)", () -> {
            long n = 0;
            try (CsvRows r = CsvRows.open("orders.csv", Files.newInputStream(orders), ',')) {
                while (r.advance()) {
                    n += r.cells().length;
                }
            }
            return n;
        });

        List<String[]> table = readAll(orders);
        int orderedAt = 3;
        int quantity = 2;
        DateReader atpDates = new DateReader(ZoneOffset.UTC, List.of());
        time("ordered_at: atp DateReader.instant on the cell's chars (as built)", () -> {
            long n = 0;
            try (CsvRows r = CsvRows.open("orders.csv", Files.newInputStream(orders), ',')) {
                r.header();
                while (r.advance()) {
                    n += atpDates.instant(r.current().chars(), r.current().start(orderedAt), r.current().end(orderedAt)).getEpochSecond();
                }
            }
            return n;
        });
        time("  (the scan alone, to subtract)", () -> {
            long n = 0;
            try (CsvRows r = CsvRows.open("orders.csv", Files.newInputStream(orders), ',')) {
                r.header();
                while (r.advance()) {
                    n += r.current().end(orderedAt);
                }
            }
            return n;
        });
        time("ordered_at: atp DateReader.instant(String)", () -> {
            long n = 0;
            for (String[] row : table) {
                n += atpDates.instant(row[orderedAt]).getEpochSecond();
            }
            return n;
        });
        time("ordered_at: OffsetDateTime.parse(s).toInstant()", () -> {
            long n = 0;
            for (String[] row : table) {
                n += OffsetDateTime.parse(row[orderedAt]).toInstant().getEpochSecond();
            }
            return n;
        });
        time("ordered_at: Instant.parse(s)", () -> {
            long n = 0;
            for (String[] row : table) {
                n += Instant.parse(row[orderedAt]).getEpochSecond();
            }
            return n;
        });
        time("ordered_at: DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s, Instant::from)", () -> {
            long n = 0;
            for (String[] row : table) {
                n += DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(row[orderedAt], Instant::from).getEpochSecond();
            }
            return n;
        });
        time("ordered_at: hand-written fast path for yyyy-MM-ddTHH:mm:ss[Z|±hh:mm]", () -> {
            long n = 0;
            for (String[] row : table) {
                n += fastInstant(row[orderedAt]).getEpochSecond();
            }
            return n;
        });
        time("quantity: new BigDecimal + checks (as Cells.wholeNumber)", () -> {
            long n = 0;
            for (String[] row : table) {
                BigDecimal d = new BigDecimal(row[quantity]);
                if (d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) <= 0) {
                    n += d.longValueExact();
                }
            }
            return n;
        });
        time("quantity: digits-only fast path with Long.parseLong", () -> {
            long n = 0;
            for (String[] row : table) {
                n += Long.parseLong(row[quantity]);
            }
            return n;
        });
        table.clear();

        System.out.println();
        long dataRows = 0;
        for (InputKind kind : InputKind.values()) {
            dataRows += Files.lines(dir.resolve(kind.defaultFileName())).count() - 1;
        }
        long all = dataRows;
        long saved = rows;
        rows = all;
        time("atp ShopReader.read on all four files (parse + ShopBuilder), per input row", () -> {
            List<InputFile> files = new ArrayList<>();
            for (InputKind kind : InputKind.values()) {
                Path p = dir.resolve(kind.defaultFileName());
                files.add(new InputFile(kind, kind.defaultFileName(), p, kind == InputKind.PRODUCTS));
            }
            return System.identityHashCode(new ShopReader(Policy.defaults(), null, false).read(files, System.in));
        });
        rows = saved;
    }

    private void time(String what, Pass pass) throws IOException {
        long sink = pass.run() + pass.run(); // warm-up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < passes; i++) {
            System.gc();
            long t0 = System.nanoTime();
            sink += pass.run();
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf(Locale.ROOT, "%-72s %9.0f %9.3f%s%n", what, (double) best / rows, best / 1e9,
                sink == 42 ? " " : "");
    }

    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    private static long opencsv(Path file, ICSVParser parser, boolean strip) throws IOException {
        long n = 0;
        try (CSVReader r = new CSVReaderBuilder(reader(file)).withCSVParser(parser).withMultilineLimit(1000).build()) {
            for (String[] cells = r.readNext(); cells != null; cells = r.readNext()) {
                if (strip) {
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = cells[i].strip();
                    }
                }
                n += cells.length;
            }
        } catch (com.opencsv.exceptions.CsvValidationException e) {
            throw new IOException(e);
        }
        return n;
    }

    private static List<String[]> readAll(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (CsvRows r = CsvRows.open(file.getFileName().toString(), Files.newInputStream(file), ',')) {
            r.header();
            while (r.advance()) {
                out.add(r.cells());
            }
        }
        return out;
    }

    /** {@code 2026-11-03T14:05:09Z} or with {@code +hh:mm}; falls back to the JDK for anything else. */
    static Instant fastInstant(String s) {
        int n = s.length();
        if ((n == 20 || n == 25) && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
                && s.charAt(13) == ':' && s.charAt(16) == ':') {
            int offset;
            if (n == 20 && s.charAt(19) == 'Z') {
                offset = 0;
            } else if (n == 25 && (s.charAt(19) == '+' || s.charAt(19) == '-') && s.charAt(22) == ':') {
                offset = (num(s, 20, 22) * 3600 + num(s, 23, 25) * 60) * (s.charAt(19) == '-' ? -1 : 1);
            } else {
                return OffsetDateTime.parse(s).toInstant();
            }
            int y = num(s, 0, 4);
            int mo = num(s, 5, 7);
            int d = num(s, 8, 10);
            int h = num(s, 11, 13);
            int mi = num(s, 14, 16);
            int sec = num(s, 17, 19);
            if (y < 0 || mo < 0 || d < 0 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) {
                return OffsetDateTime.parse(s).toInstant(); // let the JDK produce the error
            }
            long day = LocalDate.of(y, mo, d).toEpochDay(); // validates the calendar date
            return Instant.ofEpochSecond(day * 86_400L + h * 3600L + mi * 60L + sec - offset);
        }
        return OffsetDateTime.parse(s).toInstant();
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
