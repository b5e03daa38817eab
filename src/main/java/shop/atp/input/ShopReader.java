package shop.atp.input;

import shop.atp.domain.FileSummary;
import shop.atp.domain.Policy;
import shop.atp.domain.ShopBuilder;
import shop.atp.input.csv.CsvRow;
import shop.atp.input.csv.CsvRows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Reads the exports into a {@link shop.atp.domain.Shop}, row by row. Every invalid row is a
 * problem naming file, line, column and value; all are collected. Without --skip-invalid
 * any problem fails the read (exit 3); with it, invalid rows are left out and handed back
 * for --rejects and the ROWS_SKIPPED finding.
 *
 * <p>On two cores: the largest file is read here while another thread reads every other
 * file, each file into a shop of its own; the files' shops are then joined in file order,
 * which gives the shop that one core reading the files in order gives (bench/README,
 * "Reading on two cores"). A file is never cut: rows that continue the row before them are
 * read as they stand.
 */
public final class ShopReader {

    /** When the largest file is smaller than this, a second thread is not worth starting. */
    private static final long PARALLEL_FROM = 1 << 20;

    static final String NOT_UTF8 = "holds bytes that are not UTF-8 text; save the file as UTF-8";

    private final Policy policy;
    private final Character delimiter;
    private final boolean skipInvalid;
    private final ChannelNames channels;
    private final Map<String, Integer> productLines = new HashMap<>();
    private Consumer<FileSummary> onFileRead = file -> { };
    private long parallelFrom = PARALLEL_FROM;

    public ShopReader(Policy policy, Character delimiter, boolean skipInvalid) {
        this.policy = policy;
        this.delimiter = delimiter;
        this.skipInvalid = skipInvalid;
        this.channels = new ChannelNames(policy);
    }

    /** Called after each file is read, e.g. to show progress (from the thread that read it). */
    public ShopReader onFileRead(Consumer<FileSummary> listener) {
        this.onFileRead = listener;
        return this;
    }

    /** Files are read on two threads when the largest has this many bytes or more (tests: always, or never). */
    ShopReader parallelFrom(long bytes) {
        this.parallelFrom = bytes;
        return this;
    }

    /** Reads every file; throws {@link InputException} with every problem found in all of them. */
    public ReadResult read(List<InputFile> files, InputStream stdin) {
        List<FileRead> reads = readAll(files, stdin);
        List<InputProblem> all = new ArrayList<>();
        for (FileRead read : reads) {
            all.addAll(read.fatal());
        }
        boolean fatal = !all.isEmpty();
        List<RejectedRow> rejected = new ArrayList<>();
        for (FileRead read : reads) {
            all.addAll(read.problems());
            rejected.addAll(read.rejected());
        }
        if (fatal || (!skipInvalid && !all.isEmpty())) {
            throw new InputException(all);
        }
        return new ReadResult(joined(reads).build(), List.copyOf(rejected));
    }

    /** Reads every file and hands back every problem, never failing: for `validate`. */
    public Validation validate(List<InputFile> files, InputStream stdin) {
        List<FileRead> reads = readAll(files, stdin);
        List<InputProblem> all = new ArrayList<>();
        List<FileSummary> summaries = new ArrayList<>();
        for (FileRead read : reads) {
            all.addAll(read.fatal());
            if (read.summary() != null) {
                summaries.add(read.summary());
            }
        }
        for (FileRead read : reads) {
            all.addAll(read.problems());
        }
        return new Validation(summaries, all);
    }

    /** What `validate` found: per file the rows read, used and rejected, and every problem. */
    public record Validation(List<FileSummary> files, List<InputProblem> problems) {
    }

    /**
     * What reading one file gave: its rows in a shop of its own, the problems of its invalid
     * rows and those rows, the problems that stopped it (none when it was read to its end),
     * and its summary (null when it was stopped).
     */
    private record FileRead(ShopBuilder shop, List<InputProblem> problems, List<RejectedRow> rejected,
                            List<InputProblem> fatal, FileSummary summary) {
    }

    /** The files' shops joined in file order. */
    private static ShopBuilder joined(List<FileRead> reads) {
        ShopBuilder shop = new ShopBuilder();
        for (FileRead read : reads) {
            shop.merge(read.shop());
            shop.addFileSummary(read.summary());
        }
        return shop;
    }

    /** Reads the largest file here and the others on another thread, in order; their reads in file order. */
    private List<FileRead> readAll(List<InputFile> files, InputStream stdin) {
        InputFile largest = files.stream().filter(f -> f.kind() != InputKind.PRODUCTS)
                .max(Comparator.comparingLong(InputFile::size)).orElse(null);
        if (largest == null || files.size() == 1 || largest.size() < parallelFrom) {
            return files.stream().map(f -> readFile(f, stdin)).toList();
        }
        ExecutorService others = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atp-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CompletableFuture<FileRead>> reads = new ArrayList<>();
            for (InputFile file : files) {
                reads.add(file == largest ? null : CompletableFuture.supplyAsync(() -> readFile(file, stdin), others));
            }
            FileRead main = readFile(largest, stdin);
            List<FileRead> inOrder = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                inOrder.add(reads.get(i) == null ? main : join(reads.get(i)));
            }
            return inOrder;
        } finally {
            others.shutdownNow();
        }
    }

    private static FileRead join(CompletableFuture<FileRead> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private FileRead readFile(InputFile file, InputStream stdin) {
        if (file.optional() && !file.exists()) {
            return new FileRead(new ShopBuilder(), List.of(), List.of(), List.of(),
                    new FileSummary(file.name(), false, 0, 0, List.of()));
        }
        Pass pass = null;
        try (CsvRows records = CsvRows.open(file.name(), file.open(stdin), delimiter)) {
            pass = new Pass(file, columns(file, records));
            pass.readRows(records);
            FileSummary summary = new FileSummary(file.name(), true, pass.read, pass.read - pass.rejectedLines.size(),
                    List.copyOf(pass.rejectedLines));
            onFileRead.accept(summary);
            return new FileRead(pass.shop, pass.problems, pass.rejected, List.of(), summary);
        } catch (InputException e) {
            // the rows read before the file failed keep their problems: all are listed
            return pass == null ? new FileRead(new ShopBuilder(), List.of(), List.of(), e.problems(), null)
                    : new FileRead(pass.shop, pass.problems, pass.rejected, e.problems(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's header, matched to its columns. */
    private HeaderMap columns(InputFile file, CsvRows records) {
        String[] header = records.header();
        if (header == null) {
            throw new InputException(new InputProblem(file.name(), 1, "is empty; a header row is required"));
        }
        if (records.undecodableCell() >= 0) {
            throw new InputException(new InputProblem(file.name(), records.line(), NOT_UTF8));
        }
        Map<String, String> mapping = policy.columns().getOrDefault(file.kind().key(), Map.of());
        return HeaderMap.resolve(file.name(), file.kind(), header, mapping);
    }

    /** One read over a file into a shop of its own; its problems and rejected rows are kept here. */
    private final class Pass {
        final InputFile file;
        final HeaderMap columns;
        final ShopBuilder shop = new ShopBuilder();
        final RowCells cells = new RowCells(new DateReader(policy.timezone(), policy.dateFormats()), new SkuNames());
        final RowReader rows;
        final List<InputProblem> problems = new ArrayList<>();
        final List<RejectedRow> rejected = new ArrayList<>();
        final List<Integer> rejectedLines = new ArrayList<>();
        long read;

        Pass(InputFile file, HeaderMap columns) {
            this.file = file;
            this.columns = columns;
            this.rows = rowReader(file.kind(), columns, cells, shop.numbered());
        }

        void readRows(CsvRows records) {
            while (records.advance()) {
                read++;
                CsvRow record = records.current();
                if (!readRow(record)) {
                    for (String problem : cells.problems()) {
                        problems.add(new InputProblem(file.name(), record.line(), problem));
                    }
                    rejected.add(new RejectedRow(file.name(), record.line(), List.copyOf(cells.problems()), record.cells()));
                    rejectedLines.add(record.line());
                }
            }
        }

        /** Reads the record into the shop; false when it is invalid (its problems are then in the cells). */
        private boolean readRow(CsvRow record) {
            int width = columns.width();
            cells.startRow(record);
            if (record.undecodableCell() >= 0) {
                cells.problem(NOT_UTF8);
                return false;
            }
            if (record.size() < width || hasExtraCells(record, width)) {
                cells.problem("has " + record.size() + " fields, the header has " + width);
                return false;
            }
            return rows.read(record.line());
        }
    }

    private RowReader rowReader(InputKind kind, HeaderMap columns, RowCells cells, ShopBuilder.Numbered into) {
        return switch (kind) {
            case ON_HAND -> new OnHandRows(columns, cells, into);
            case PURCHASE_ORDERS -> new PurchaseOrderRows(columns, cells, into);
            case ORDERS -> new OrderRows(columns, cells, into, channels);
            case PRODUCTS -> new ProductRows(columns, cells, into, productLines);
        };
    }

    /** Extra cells beyond the header are tolerated only when empty (a trailing delimiter). */
    private static boolean hasExtraCells(CsvRow record, int width) {
        for (int i = width; i < record.size(); i++) {
            if (!record.isEmpty(i)) {
                return true;
            }
        }
        return false;
    }
}
