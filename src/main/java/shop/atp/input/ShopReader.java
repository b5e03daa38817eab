package shop.atp.input;

import shop.atp.domain.FileSummary;
import shop.atp.domain.Policy;
import shop.atp.domain.ShopBuilder;
import shop.atp.input.csv.CsvRows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the four exports into a {@link shop.atp.domain.Shop}, row by row. Every invalid row
 * is a problem naming file, line, column and value; all are collected. Without
 * --skip-invalid any problem fails the read (exit 3); with it, invalid rows are left out and
 * handed back for --rejects and the ROWS_SKIPPED finding.
 */
public final class ShopReader {

    /**
     * Files of this many bytes or more are split on another core while this one reads their
     * rows (bench/README, "Reading on two cores"); below it a thread is not worth starting.
     */
    private static final long BACKGROUND_FROM = 1 << 20;


    private final Policy policy;
    private final Character delimiter;
    private final boolean skipInvalid;
    private final DateReader dates;
    private final ChannelNames channels;
    private final ShopBuilder shop = new ShopBuilder();
    private final SkuNames skus = new SkuNames();
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final Map<String, Integer> productLines = new HashMap<>();
    private Consumer<FileSummary> onFileRead = file -> { };
    private long backgroundFrom = BACKGROUND_FROM;

    public ShopReader(Policy policy, Character delimiter, boolean skipInvalid) {
        this.policy = policy;
        this.delimiter = delimiter;
        this.skipInvalid = skipInvalid;
        this.dates = new DateReader(policy.timezone(), policy.dateFormats());
        this.channels = new ChannelNames(policy);
    }

    /** Called after each file is read, e.g. to show progress. */
    public ShopReader onFileRead(Consumer<FileSummary> listener) {
        this.onFileRead = listener;
        return this;
    }

    /** Files of this many bytes or more are split on another core (tests: every file). */
    ShopReader backgroundFrom(long bytes) {
        this.backgroundFrom = bytes;
        return this;
    }

    /** Reads every file; throws {@link InputException} with every problem found in all of them. */
    public ReadResult read(List<InputFile> files, InputStream stdin) {
        List<InputProblem> fatal = readAll(files, stdin);
        if (!fatal.isEmpty() || (!skipInvalid && !problems.isEmpty())) {
            List<InputProblem> all = new ArrayList<>(fatal);
            all.addAll(problems);
            throw new InputException(all);
        }
        return new ReadResult(shop.build(), List.copyOf(rejected));
    }

    /** Reads every file and hands back every problem, never failing: for `validate`. */
    public Validation validate(List<InputFile> files, InputStream stdin) {
        List<InputProblem> all = readAll(files, stdin);
        all.addAll(problems);
        return new Validation(shop.build().files(), all);
    }

    /** What `validate` found: per file the rows read, used and rejected, and every problem. */
    public record Validation(List<FileSummary> files, List<InputProblem> problems) {
    }

    /** Reads the files in order; returns the problems that stopped a file from being read at all. */
    private List<InputProblem> readAll(List<InputFile> files, InputStream stdin) {
        List<InputProblem> fatal = new ArrayList<>();
        for (InputFile file : files) {
            take(readFile(file, stdin), fatal);
        }
        return fatal;
    }

    /** What reading one file gave: its pass, or the problem that stopped it, or that it is missing. */
    private record FileRead(Pass pass, InputException failed, FileSummary summary) {
    }

    private FileRead readFile(InputFile file, InputStream stdin) {
        if (file.optional() && !file.exists()) {
            return new FileRead(null, null, new FileSummary(file.name(), false, 0, 0, List.of()));
        }
        Pass pass = null;
        try (CsvRows records = CsvRows.open(file.name(), file.open(stdin), delimiter)) {
            pass = new Pass(file, columns(file, records));
            pass.readRows(records);
            return done(file, pass);
        } catch (InputException e) {
            // the rows read before the file failed keep their problems: all are listed
            return new FileRead(pass, e, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FileRead done(InputFile file, Pass pass) {
        FileSummary summary = new FileSummary(file.name(), true, pass.read, pass.read - pass.rejectedLines.size(),
                List.copyOf(pass.rejectedLines));
        onFileRead.accept(summary);
        return new FileRead(pass, null, summary);
    }

    /** Puts what a file gave into the problems and the rejected rows (its rows are in the shop already). */
    private void take(FileRead read, List<InputProblem> fatal) {
        if (read.pass() != null) {
            problems.addAll(read.pass().problems);
            rejected.addAll(read.pass().rejected);
        }
        if (read.failed() != null) {
            fatal.addAll(read.failed().problems());
        } else {
            shop.addFileSummary(read.summary());
        }
    }

    /** The file's header, matched to its columns. */
    private HeaderMap columns(InputFile file, CsvRows records) {
        String[] header = records.header();
        if (header == null) {
            throw new InputException(new InputProblem(file.name(), 1, "is empty; a header row is required"));
        }
        if (records.undecodableCell() >= 0) {
            throw new InputException(new InputProblem(file.name(), records.line(), RowConverter.NOT_UTF8));
        }
        Map<String, String> mapping = policy.columns().getOrDefault(file.kind().key(), Map.of());
        return HeaderMap.resolve(file.name(), file.kind(), header, mapping);
    }

    /** One read over a file: its rows go into the shop; its problems and rejected rows are kept here. */
    private final class Pass {
        final InputFile file;
        final HeaderMap columns;
        final List<InputProblem> problems = new ArrayList<>();
        final List<RejectedRow> rejected = new ArrayList<>();
        final List<Integer> rejectedLines = new ArrayList<>();
        long read;

        Pass(InputFile file, HeaderMap columns) {
            this.file = file;
            this.columns = columns;
        }

        void readRows(CsvRows records) {
            RowConverter here = converter(dates, skus, shop.numbered());
            if (file.size() >= backgroundFrom && file.kind() != InputKind.PRODUCTS) {
                // another core may read rows too, into values of its own; products are read
                // here only, as a SKU listed twice is found by comparing each row with those before it
                records.splitElsewhere(converter(newDateReader(), new SkuNames(), shop.numbered()));
            }
            while (records.advance()) {
                read++;
                Object done = records.done();
                take(done != null ? (ShopRow) done : here.apply(records.current()));
            }
        }

        private RowConverter converter(DateReader dateReader, SkuNames names, ShopBuilder.Numbered into) {
            RowCells cells = new RowCells(dateReader, names);
            return new RowConverter(columns.width(), cells, rowReader(file.kind(), columns, cells, into));
        }

        private void take(ShopRow row) {
            if (row instanceof ShopRow.Invalid invalid) {
                for (String problem : invalid.problems()) {
                    problems.add(new InputProblem(file.name(), invalid.line(), problem));
                }
                rejected.add(new RejectedRow(file.name(), invalid.line(), invalid.problems(), invalid.cells()));
                rejectedLines.add(invalid.line());
            } else {
                row.addToShop();
            }
        }
    }

    private DateReader newDateReader() {
        return new DateReader(policy.timezone(), policy.dateFormats());
    }

    private RowReader rowReader(InputKind kind, HeaderMap columns, RowCells cells, ShopBuilder.Numbered into) {
        return switch (kind) {
            case ON_HAND -> new OnHandRows(columns, cells, into);
            case PURCHASE_ORDERS -> new PurchaseOrderRows(columns, cells, into);
            case ORDERS -> new OrderRows(columns, cells, into, channels);
            case PRODUCTS -> new ProductRows(columns, cells, into, productLines);
        };
    }
}
