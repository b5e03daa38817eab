package shop.atp.input;

import shop.atp.domain.listings.CurrentListings;
import shop.atp.domain.listings.Listing;
import shop.atp.input.csv.CsvRow;
import shop.atp.input.csv.CsvRows;
import shop.atp.input.csv.Quoting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a platform's export of its listings as they are now (the --current file of
 * `listings`) through that platform's listings formats: recognised from the header (which
 * may sit below a line of the platform's own, as eBay's {@code #INFO} line), bound once, each
 * row made into atp's listing columns. A row the format does not know is an error naming the
 * file and line; a row that is not a listing is skipped and counted with its reason.
 */
public final class ListingReader {

    /** Lines above the header a platform may write (eBay's {@code #INFO,Version=...}). */
    private static final int LINES_ABOVE_HEADER = 2;

    private final Formats formats;
    private final Character delimiter;

    public ListingReader(Formats formats, Character delimiter) {
        this.formats = formats;
        this.delimiter = delimiter;
    }

    /** The listings of {@code file} on {@code platform}; its skipped rows per reason into {@code skipped}. */
    public CurrentListings read(InputFile file, String platform, InputStream stdin, Map<String, Integer> skipped) {
        byte[] bytes = bytesOf(file, stdin);
        try (CsvRows records = CsvRows.open(file.name(), new ByteArrayInputStream(bytes), delimiter)) {
            Header header = header(file, platform, records);
            Format format = header.format();
            Charset charset = ReadAhead.charsetFor(format, new ByteArrayInputStream(bytes));
            if (charset.equals(StandardCharsets.UTF_8) && format.quoting() == Quoting.RFC4180) {
                return rows(file, header, records, skipped);
            }
            // read again from its start as its format says: in its encoding when not UTF-8 (Amazon's Cp1252),
            // a " as text when the export quotes nothing (Amazon's reports)
            try (CsvRows again = CsvRows.open(file.name(), new ByteArrayInputStream(bytes), delimiter, charset,
                    format.quoting())) {
                return rows(file, header(file, platform, again), again, skipped);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Header(Format format, String[] cells) {
    }

    /** The first of the file's first lines that fits one of the platform's listings formats. */
    private Header header(InputFile file, String platform, CsvRows records) {
        String[] cells = records.header();
        if (cells == null) {
            throw new InputException(new InputProblem(file.name(), 1, "is empty; a header row is required"));
        }
        InputException firstMiss = null;
        for (int tried = 0; tried <= LINES_ABOVE_HEADER; tried++) {
            try {
                return new Header(formats.forListings(file.name(), platform, cells, file.format()), cells);
            } catch (InputException miss) {
                if (firstMiss == null) {
                    firstMiss = miss;
                }
                if (file.format() != null || !records.advance()) {
                    break;
                }
                cells = records.cells();
            }
        }
        throw firstMiss;
    }

    private CurrentListings rows(InputFile file, Header header, CsvRows records, Map<String, Integer> skipped) {
        FormatBinding binding = FormatBinding.bind(header.format(), header.cells());
        Map<String, Integer> column = new LinkedHashMap<>();
        String[] canonical = binding.canonicalHeader();
        for (int i = 0; i < canonical.length; i++) {
            column.put(canonical[i], i);
        }
        List<Listing> listings = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        CsvRow made = new CsvRow();
        List<String> wordProblems = new ArrayList<>();
        while (records.advance()) {
            CsvRow record = records.current();
            if (record.undecodableCell() >= 0) {
                problems.add(new InputProblem(file.name(), record.line(), FilePass.NOT_UTF8));
                continue;
            }
            binding.next(record);
            String skip = binding.skipReason();
            if (skip != null) {
                skipped.merge(skip, 1, Integer::sum);
                continue;
            }
            wordProblems.clear();
            binding.translate(made, wordProblems);
            for (String p : wordProblems) {
                problems.add(new InputProblem(file.name(), record.line(), p));
            }
            listings.add(listing(made, column));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new CurrentListings(file.name(), header.format().name(), listings, binding.headersAsSpelled(header.cells()));
    }

    private static Listing listing(CsvRow made, Map<String, Integer> column) {
        List<Listing.Option> options = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            String name = cell(made, column, "option" + k + "_name");
            String value = cell(made, column, "option" + k + "_value");
            if (!name.isEmpty() || !value.isEmpty()) {
                options.add(new Listing.Option(name, value));
            }
        }
        String tracking = cell(made, column, "stock_tracking");
        return new Listing(made.line(), cell(made, column, "sku"), cell(made, column, "listing"), cell(made, column, "title"),
                options, cell(made, column, "backorders"), cell(made, column, "quantity"),
                tracking(tracking),
                "platform".equals(cell(made, column, "fulfilled_by")), cell(made, column, "variation"));
    }

    /** A format's stock_tracking word: untracked, parent, else tracked. */
    private static Listing.StockTracking tracking(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "untracked" -> Listing.StockTracking.UNTRACKED;
            case "parent" -> Listing.StockTracking.PARENT;
            default -> Listing.StockTracking.TRACKED;
        };
    }

    private static String cell(CsvRow made, Map<String, Integer> column, String name) {
        return made.cell(column.get(name));
    }

    private static byte[] bytesOf(InputFile file, InputStream stdin) {
        try (InputStream in = file.open(stdin)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.name(), 0, "cannot be read: " + FileRefusal.reason(e)));
        }
    }
}
