package shop.atp.input;

import shop.atp.domain.FileSummary;
import shop.atp.domain.Policy;
import shop.atp.domain.ShopBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Reads the four exports into a {@link shop.atp.domain.Shop}, row by row. Every invalid row
 * is a problem naming file, line, column and value; all are collected. Without
 * --skip-invalid any problem fails the read (exit 3); with it, invalid rows are left out and
 * handed back for --rejects and the ROWS_SKIPPED finding.
 */
public final class ShopReader {

    private static final String NOT_UTF8 = "holds bytes that are not UTF-8 text; save the file as UTF-8";

    private final Policy policy;
    private final Character delimiter;
    private final boolean skipInvalid;
    private final DateReader dates;
    private final ChannelNames channels;
    private final ShopBuilder shop = new ShopBuilder();
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final Map<String, Integer> productLines = new HashMap<>();
    private Consumer<FileSummary> onFileRead = file -> { };
    private long halvesFrom = FileHalves.SMALLEST;

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

    /** Files of this many bytes or more are read in two halves at once (tests cut every file). */
    ShopReader halvesFrom(long bytes) {
        this.halvesFrom = bytes;
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

    /**
     * Reads the files; returns the problems that stopped a file from being read at all. The
     * tail of the largest file is read on another core meanwhile (see {@link FileHalves}),
     * a little over half of all the bytes; what each file gave is then taken in file order.
     */
    private List<InputProblem> readAll(List<InputFile> files, InputStream stdin) {
        FileHalves halves = FileHalves.ofLargest(files, halvesFrom);
        int shared = halves == null ? -1 : files.indexOf(halves.file());
        InHalves inHalves = halves == null ? null : startInHalves(halves);
        List<FileRead> reads = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            reads.add(i == shared && inHalves != null ? null : readFile(files.get(i), stdin));
        }
        if (inHalves != null) {
            List<Pass> passes = inHalves.finish();
            reads.set(shared, passes != null ? done(files.get(shared), passes) : readFile(files.get(shared), stdin));
        }
        List<InputProblem> fatal = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            take(files.get(i), reads.get(i), fatal);
        }
        return fatal;
    }

    /** What reading one file gave: its passes, or the problem that stopped it, or that it is missing. */
    private record FileRead(List<Pass> passes, InputException failed, FileSummary summary) {
    }

    private FileRead readFile(InputFile file, InputStream stdin) {
        if (file.optional() && !file.exists()) {
            return new FileRead(List.of(), null, new FileSummary(file.name(), false, 0, 0, List.of()));
        }
        Pass pass = null;
        try (CsvRecords records = CsvRecords.open(file.name(), file.open(stdin), delimiter)) {
            pass = new Pass(file, columns(file, records), shop, dates);
            pass.readRows(records);
            return done(file, List.of(pass));
        } catch (InputException e) {
            // the rows read before the file failed keep their problems: all are listed
            return new FileRead(pass == null ? List.of() : List.of(pass), e, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FileRead done(InputFile file, List<Pass> passes) {
        long read = 0;
        List<Integer> rejectedLines = new ArrayList<>();
        for (Pass pass : passes) {
            read += pass.read;
            rejectedLines.addAll(pass.rejectedLines);
        }
        FileSummary summary = new FileSummary(file.name(), true, read, read - rejectedLines.size(), rejectedLines);
        onFileRead.accept(summary);
        return new FileRead(passes, null, summary);
    }

    /** Puts what a file gave into the shop, the problems and the rejected rows. */
    private void take(InputFile file, FileRead read, List<InputProblem> fatal) {
        for (Pass pass : read.passes()) {
            if (pass.shop != shop && read.failed() == null) {
                shop.merge(pass.shop);
            }
            problems.addAll(pass.problems);
            rejected.addAll(pass.rejected);
        }
        if (read.failed() != null) {
            fatal.addAll(read.failed().problems());
        } else {
            shop.addFileSummary(read.summary());
        }
    }

    /** Reads the header and starts the second part; null when the file cannot be cut. */
    private InHalves startInHalves(FileHalves halves) {
        InputFile file = halves.file();
        CsvRecords records = null;
        try {
            records = CsvRecords.open(file.name(), halves.first(), delimiter);
            return new InHalves(file, halves, records);
        } catch (RuntimeException e) {
            closeQuietly(records);
            halves.close();
            return null;
        }
    }

    /**
     * A file read in two parts at once, the second on another core, each into a shop builder
     * of its own. When the cut turns out not to lie between two records, or a part cannot be
     * read, {@link #finish} gives null and the file is read again in one go, which finds the
     * same rows or the same problems as always.
     */
    private final class InHalves {
        private final FileHalves halves;
        private final CsvRecords records;
        private final Pass first;
        private final CompletableFuture<Pass> second;

        private InHalves(InputFile file, FileHalves halves, CsvRecords records) {
            this.halves = halves;
            this.records = records;
            HeaderMap columns = columns(file, records);
            char splitAt = records.delimiter();
            this.first = new Pass(file, columns, new ShopBuilder(), dates);
            this.second = CompletableFuture.supplyAsync(() -> {
                try (CsvRecords rest = CsvRecords.continuing(file.name(), halves.second(), splitAt, halves.linesBefore())) {
                    Pass pass = new Pass(file, columns, new ShopBuilder(), newDateReader());
                    pass.readRows(rest);
                    return pass;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /**
         * Reads the first part here, waits for the second; null when the parts do not add up
         * to the file, or the file was written to meanwhile.
         */
        List<Pass> finish() {
            try {
                first.readRows(records);
                Pass rest = second.join();
                return halves.unchanged() ? List.of(first, rest) : null;
            } catch (RuntimeException e) {
                second.exceptionally(failure -> null).join();
                return null;
            } finally {
                closeQuietly(records);
                halves.close();
            }
        }
    }

    private static void closeQuietly(CsvRecords records) {
        try {
            if (records != null) {
                records.close();
            }
        } catch (IOException e) {
            // read-only: nothing was lost
        }
    }

    /** The file's header, matched to its columns. */
    private HeaderMap columns(InputFile file, CsvRecords records) {
        CsvRecords.Row header = records.header();
        if (header == null) {
            throw new InputException(new InputProblem(file.name(), 1, "is empty; a header row is required"));
        }
        if (header.undecodableCell() >= 0) {
            throw new InputException(new InputProblem(file.name(), header.line(), NOT_UTF8));
        }
        Map<String, String> mapping = policy.columns().getOrDefault(file.kind().key(), Map.of());
        return HeaderMap.resolve(file.name(), file.kind(), header.cells(), mapping);
    }

    private DateReader newDateReader() {
        return new DateReader(policy.timezone(), policy.dateFormats());
    }

    /** One read over a file or a part of it: its rows go into {@code shop}; its problems and rejected rows are kept here. */
    private final class Pass {
        final InputFile file;
        final HeaderMap columns;
        final ShopBuilder shop;
        final DateReader dates;
        final List<InputProblem> problems = new ArrayList<>();
        final List<RejectedRow> rejected = new ArrayList<>();
        final List<Integer> rejectedLines = new ArrayList<>();
        long read;

        Pass(InputFile file, HeaderMap columns, ShopBuilder shop, DateReader dates) {
            this.file = file;
            this.columns = columns;
            this.shop = shop;
            this.dates = dates;
        }

        void readRows(CsvRecords records) {
            Cells cells = new Cells(records, dates, shop);
            RowReader rows = rowReader(file.kind(), columns, cells, shop);
            while (records.advance()) {
                read++;
                if (!readRow(records, cells, rows)) {
                    rejectedLines.add(records.line());
                }
            }
        }

        /** Reads the current record into the shop; false when it is invalid. */
        private boolean readRow(CsvRecords records, Cells cells, RowReader rows) {
            int width = columns.width();
            cells.clear();
            if (records.undecodableCell() >= 0) {
                cells.problem(NOT_UTF8);
            } else if (records.size() < width || hasExtraCells(records, width)) {
                cells.problem("has " + records.size() + " fields, the header has " + width);
            } else if (rows.read(records.line())) {
                return true;
            }
            for (String problem : cells.problems()) {
                problems.add(new InputProblem(file.name(), records.line(), problem));
            }
            rejected.add(new RejectedRow(file.name(), records.line(), List.copyOf(cells.problems()), records.cells()));
            return false;
        }
    }

    private RowReader rowReader(InputKind kind, HeaderMap columns, Cells cells, ShopBuilder into) {
        return switch (kind) {
            case ON_HAND -> new OnHandRows(columns, cells, into);
            case PURCHASE_ORDERS -> new PurchaseOrderRows(columns, cells, into);
            case ORDERS -> new OrderRows(columns, cells, into, channels);
            case PRODUCTS -> new ProductRows(columns, cells, into, productLines);
        };
    }

    /** Extra cells beyond the header are tolerated only when empty (a trailing delimiter). */
    private static boolean hasExtraCells(CsvRecords records, int width) {
        for (int i = width; i < records.size(); i++) {
            if (!records.isEmpty(i)) {
                return true;
            }
        }
        return false;
    }
}
