package shop.atp.input;

import shop.atp.domain.DemandWindow;
import shop.atp.domain.FileSummary;
import shop.atp.domain.Policy;
import shop.atp.domain.ReadingNote;
import shop.atp.domain.ShopBuilder;
import shop.atp.domain.WhatIf;
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
 * Reads the exports into a {@link shop.atp.domain.Shop}, row by row. Every invalid row is a
 * problem naming file, line, column and value; all are collected. Without --skip-invalid
 * any problem fails the read (exit 3); with it, invalid rows are left out and handed back
 * for --rejects and the ROWS_SKIPPED finding.
 *
 * <p>On two cores: the largest file is cut at a line break (see {@link FileHalves}) and its
 * second part read on another core, into a shop of its own, while this one reads the rest
 * ({@link FileInTwoParts}); the part is joined in the file's place, which gives the shop that
 * one core reading the files in order gives (bench/README, "Reading on two cores" and "Issue
 * 12/13: speed, second look"). When the cut turns out not to lie between two records, or a part cannot be read,
 * the file is read again, which finds the same rows or the same problems. Each file's rows
 * are read by a {@link FilePass}.
 */
public final class ShopReader {

    private final Policy policy;
    private final Character delimiter;
    private final boolean skipInvalid;
    private final ChannelNames channels;
    private final Map<String, String> productLines = new HashMap<>();
    /** The shop every file is read into, in file order, with the SKU names and numbering of its rows. */
    private final ShopBuilder shop = new ShopBuilder();
    private final SkuNames skus = new SkuNames(shop);
    private final DateReader dates;
    private Consumer<FileSummary> onFileRead = file -> { };
    private long halvesFrom = FileHalves.SMALLEST;
    private boolean keepRejectedCells;
    private boolean keepCustomers;
    /** What is known of the files before their rows are read: formats, encodings, copied orders. */
    private ReadAhead ahead;
    /** Which format each file's header is in (made when the files are read: the merchant's formats are known then). */
    private HeaderRecognition header;

    /** Each file's place in the reading order: FIFO's "file order". */
    private final Map<InputFile, Integer> fileOrder = new HashMap<>();
    private DemandWindow demandWindow = DemandWindow.NONE;
    private WhatIf whatIf = WhatIf.NONE;
    private java.util.function.Supplier<Formats> formats = Formats::builtIn;
    private Formats loadedFormats;
    /** A header of atp's columns alone is atp's format, without asking the formats (none of the merchant's own). */
    private boolean atpShortcut = true;
    private boolean countHealth;
    /** How many files were read in two parts (for tests: a part that failed makes a file read again in one go). */
    int filesReadInHalves;

    public ShopReader(Policy policy, Character delimiter, boolean skipInvalid) {
        this.policy = policy;
        this.delimiter = delimiter;
        this.skipInvalid = skipInvalid;
        this.channels = new ChannelNames(policy);
        this.dates = newDateReader();
    }

    private DateReader newDateReader() {
        return new DateReader(policy.timezone(), policy.dateFormats());
    }

    /** Called after each file is read, in file order, e.g. to show progress (on the thread that called read). */
    public ShopReader onFileRead(Consumer<FileSummary> listener) {
        this.onFileRead = listener;
        return this;
    }

    /**
     * Keeps each rejected row's cells, for a --rejects file; without it a rejected row keeps
     * only where it was and why, as a few invalid rows of millions of cells would otherwise
     * fill the memory.
     */
    public ShopReader keepRejectedCells() {
        this.keepRejectedCells = true;
        return this;
    }

    /** Counts each SKU's demand: the units of its order lines placed within {@code window}. */
    public ShopReader countDemandIn(DemandWindow window) {
        this.demandWindow = window;
        shop.countDemandIn(window);
        return this;
    }

    /** Counts the policy-health measures over the same window (SPEC "Policy health"). */
    public ShopReader countHealth() {
        this.countHealth = true;
        shop.countHealthWith(policy);
        return this;
    }

    /**
     * The formats files are read through: the built-in ones and DATA/formats/ (default: the
     * built-in ones), loaded only when a file's header is not atp's own.
     */
    public ShopReader formats(java.util.function.Supplier<Formats> known) {
        this.formats = known;
        return this;
    }

    /** With formats of the merchant's own, every header is matched against them first (one may use atp's names). */
    public ShopReader merchantFormats(boolean any) {
        this.atpShortcut = !any;
        return this;
    }

    private synchronized Formats formats() {
        if (loadedFormats == null) {
            loadedFormats = formats.get();
        }
        return loadedFormats;
    }

    /** Reads the PO lines with the expected dates {@code changes} give them (SPEC "What-if"). */
    public ShopReader whatIf(WhatIf changes) {
        this.whatIf = changes;
        return this;
    }

    /**
     * Keeps the customer of each order line that still needs stock, for the commands that
     * show it; others leave the column unread (a million open lines' customers cost time).
     */
    public ShopReader keepCustomers() {
        this.keepCustomers = true;
        return this;
    }

    /** Files of this many bytes or more may be cut and read on two cores (tests: every file, or none). */
    ShopReader halvesFrom(long bytes) {
        this.halvesFrom = bytes;
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
        for (FileRead read : reads) {
            shop.addFileSummary(read.summary());
        }
        return new ReadResult(shop.build(), List.copyOf(rejected));
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
        return new Validation(summaries, all, shop.readingNotes());
    }

    /** What `validate` found: per file the rows read, used and rejected, and every problem. */
    public record Validation(List<FileSummary> files, List<InputProblem> problems,
                             List<shop.atp.domain.ReadingNote> notes) {
    }

    /**
     * What reading one file gave (its rows are in the shop): the problems of its invalid rows
     * and those rows, the problems that stopped it (none when it was read to its end), and its
     * summary (null when it was stopped).
     */
    record FileRead(List<InputProblem> problems, List<RejectedRow> rejected, List<InputProblem> fatal,
                    FileSummary summary) {
    }

    /**
     * Reads the files in order, the second part of the largest meanwhile on another core; their
     * reads in file order, each announced to {@link #onFileRead} in that order.
     */
    private List<FileRead> readAll(List<InputFile> files, InputStream stdin) {
        for (int i = 0; i < files.size(); i++) {
            fileOrder.putIfAbsent(files.get(i), i);
        }
        header = new HeaderRecognition(atpShortcut, this::formats, policy.columns());
        ahead = new ReadAhead(files, delimiter, header, stdin);
        ahead.notes().forEach(shop::note);
        FileHalves halves = FileHalves.ofLargest(files, halvesFrom);
        FileInTwoParts inTwoParts = halves == null ? null : inTwoParts(halves);
        Map<InputFile, ReadEarly> early = new HashMap<>();
        List<FileRead> reads = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                InputFile file = files.get(i);
                ReadEarly readEarly = early.remove(file);
                FileRead read = readEarly != null ? readEarly.get() : null;
                if (read == null && inTwoParts != null && file == halves.file()) {
                    List<InputFile> later = files.subList(i + 1, files.size());
                    read = inTwoParts.finish(() -> early.putAll(readEarly(later, file.kind(), stdin)));
                }
                read = read != null ? read : readFile(file, stdin);
                if (read.summary() != null) {
                    onFileRead.accept(read.summary());
                }
                reads.add(read);
            }
        } finally {
            if (inTwoParts != null) {
                // a file before the cut one stopped the read: the other core's file is closed under it
                inTwoParts.closeUnlessFinished();
            }
        }
        return reads;
    }

    /**
     * The files after the one read in two parts that are of another kind, read while the other
     * core still reads the second part: this core would otherwise wait for it and then read
     * them (bench/README, "Issue 12/13: speed, second look"). Rows of another kind touch other
     * facts of a SKU than the parts do (or add to them), so the shop is the one a read in file
     * order gives; a file of the same kind waits for its turn (its lines follow the parts').
     */
    private Map<InputFile, ReadEarly> readEarly(List<InputFile> later, InputKind cut, InputStream stdin) {
        Map<InputFile, ReadEarly> early = new HashMap<>();
        for (InputFile file : later) {
            if (file.kind() != cut && file.path() != null && !early.containsKey(file)) {
                try {
                    early.put(file, new ReadEarly(readFile(file, stdin), null));
                } catch (RuntimeException e) {
                    early.put(file, new ReadEarly(null, e));
                }
            }
        }
        return early;
    }

    /** A file read before its turn: what it gave, or the failure to throw at its turn (as a read in order would). */
    private record ReadEarly(FileRead read, RuntimeException failure) {
        FileRead get() {
            if (failure != null) {
                throw failure;
            }
            return read;
        }
    }

    /** Reads the file's header and starts its second part on the other core; null when the file cannot be cut after all. */
    private FileInTwoParts inTwoParts(FileHalves halves) {
        CsvRows first = null;
        try {
            first = CsvRows.open(halves.file().name(), halves.first(), delimiter);
            HeaderRecognition.Reading reading = header.reading(halves.file(), first);
            if (canBeCut(halves.file(), reading)) {
                noteUnread(halves.file(), reading.columns());
                return new FileInTwoParts(this, halves, first, reading.columns());
            }
        } catch (RuntimeException e) {
            // read in one go, which tells what is wrong with it
        }
        FileHalves.closeQuietly(first);
        halves.close();
        return null;
    }

    /**
     * Whether a file's second part can be read on its own, knowing nothing of the first: not a
     * platform's export (its rows carry order fields from a group's first row), not orders whose
     * tags the health counts carry from an order's first row to its later ones, and not the
     * purchase orders a what-if names (a part read and then thrown away would have marked its
     * lines as found).
     */
    private boolean canBeCut(InputFile file, HeaderRecognition.Reading reading) {
        if (reading.binding() != null) {
            return false;
        }
        if (file.kind() == InputKind.ORDERS && countHealth && reading.columns().index("tags") >= 0) {
            return false;
        }
        return file.kind() != InputKind.PURCHASE_ORDERS || whatIf.isEmpty();
    }

    /** Says which headers of the file name a column another header already gives (a warning). */
    private void noteUnread(InputFile file, HeaderMap columns) {
        columns.unread().forEach(why -> shop.note(new ReadingNote(file.name() + ": " + why, true)));
    }

    /** A part of a file read from {@code text} into a shop of its own; stopped where the file cannot be read on. */
    FilePass readPart(InputFile file, HeaderMap columns, InputStream text, char delimiter, long linesBefore) {
        return partPass(file, columns).readOn(text, delimiter, linesBefore);
    }

    /** A pass over a file into the shop itself, with its SKU names and dates (the first part of a file cut in two). */
    FilePass passIntoShop(InputFile file, HeaderMap columns) {
        return pass(file, columns, null, shop, skus, dates);
    }

    /** Counts a file read in two parts (for tests: {@link #filesReadInHalves}). */
    void readInTwoParts() {
        filesReadInHalves++;
    }

    /** Adds the rows of a part read into a shop of its own, after those already in the shop. */
    void join(ShopBuilder part) {
        shop.merge(part);
    }

    private FileRead readFile(InputFile file, InputStream stdin) {
        if (file.optional() && !file.exists()) {
            return new FileRead(List.of(), List.of(), List.of(), new FileSummary(file.name(), false, 0, 0, List.of(),
                    file.kind().key(), formatOf(file)));
        }
        FilePass pass = null;
        try (CsvRows records = ahead.open(file, stdin)) {
            HeaderRecognition.Reading reading = header.reading(file, records);
            noteUnread(file, reading.columns());
            if (reading.binding() != null) {
                reading.binding().copies(ahead::copyOf, ahead.anyCopies());
            }
            pass = pass(file, reading.columns(), reading.binding(), shop, skus, datesFor(reading.binding()));
            pass.readRows(records);
            return done(pass);
        } catch (InputException e) {
            // the rows read before the file failed keep their problems: all are listed
            return pass == null ? new FileRead(List.of(), List.of(), e.problems(), null)
                    : new FileRead(pass.problems, pass.rejected, e.problems(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format a file is read through: the one it was named with, else atp's own (the only one today). */
    private static String formatOf(InputFile file) {
        return file.format() != null ? file.format() : Formats.ATP;
    }

    /** What a whole file gave, read to its end. */
    FileRead done(FilePass pass) {
        long skipped = pass.skipped.values().stream().mapToLong(Long::longValue).sum();
        FileSummary summary = new FileSummary(pass.file.name(), true, pass.read,
                pass.read - pass.rejectedLines.size() - skipped, List.copyOf(pass.rejectedLines), pass.file.kind().key(),
                pass.binding != null ? pass.binding.format().name() : formatOf(pass.file), Map.copyOf(pass.skipped));
        return new FileRead(pass.problems, pass.rejected, List.of(), summary);
    }

    /** The policy's date reader, or one that also reads the dates a platform's format writes. */
    private DateReader datesFor(FormatBinding binding) {
        if (binding == null || binding.format().dates().isEmpty()) {
            return dates;
        }
        List<String> patterns = new ArrayList<>(policy.dateFormats());
        patterns.addAll(binding.format().dates());
        String formatDates = "the " + binding.format().name() + " format's dates";
        return new DateReader(policy.timezone(), patterns,
                policy.dateFormats().isEmpty() ? formatDates : "the policy's date_formats and " + formatDates);
    }

    /** A pass over one part of a file cut in two, into a shop of its own (on either core). */
    FilePass partPass(InputFile file, HeaderMap columns) {
        ShopBuilder part = new ShopBuilder().countDemandIn(demandWindow);
        if (countHealth) {
            part.countHealthWith(policy);
        }
        return pass(file, columns, null, part, new SkuNames(part), newDateReader());
    }

    /** A read of one file or part of it into {@code into}, its rows read by the reader of the file's kind. */
    private FilePass pass(InputFile file, HeaderMap columns, FormatBinding binding, ShopBuilder into, SkuNames names,
                          DateReader dateReader) {
        RowCells cells = new RowCells(dateReader, names);
        return new FilePass(file, columns, binding, into, cells, rowReader(file, columns, cells, into, binding),
                keepRejectedCells);
    }

    private static String platformOf(FormatBinding binding) {
        return binding == null ? null : binding.format().platform();
    }

    private RowReader rowReader(InputFile file, HeaderMap columns, RowCells cells, ShopBuilder into, FormatBinding binding) {
        return switch (file.kind()) {
            case ON_HAND -> new OnHandRows(columns, cells, into, platformOf(binding),
                    binding != null && binding.format().netOfOrders());
            case PURCHASE_ORDERS -> new PurchaseOrderRows(columns, cells, into, whatIf, fileOrder.getOrDefault(file, 0));
            case ORDERS -> new OrderRows(columns, cells, into, channels, keepCustomers, fileOrder.getOrDefault(file, 0),
                    platformOf(binding));
            case PRODUCTS -> new ProductRows(columns, cells, into, productLines, file.name());
            case LISTINGS -> throw new IllegalStateException("listings are read by ListingReader, not into the shop");
        };
    }

}
