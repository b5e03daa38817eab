package shop.atp.cli;

import picocli.CommandLine.Option;
import shop.atp.output.Format;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The options every command shares (SPEC "Options shared by all"). */
public final class CommonOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the exports (files named on-hand*, inventory*, purchase-orders*, orders*, products*; "
            + ".csv, .tsv or .txt) and policy.yaml (default: current folder).")
    Path data;

    @Option(names = "--on-hand", paramLabel = "FILE", description = "On-hand stock export ('-' for standard input; "
            + "FORMAT:FILE names its format). Repeatable.")
    List<String> onHand = new ArrayList<>();

    @Option(names = "--purchase-orders", paramLabel = "FILE", description = "Purchase-order lines ('-' for standard input). "
            + "Repeatable.")
    List<String> purchaseOrders = new ArrayList<>();

    @Option(names = "--orders", paramLabel = "FILE", description = "Sales-order lines ('-' for standard input). Repeatable.")
    List<String> orders = new ArrayList<>();

    @Option(names = "--products", paramLabel = "FILE", description = "Product catalogue, optional ('-' for standard input). "
            + "Repeatable.")
    List<String> products = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy YAML (default: DIR/policy.yaml, else ./policy.yaml, else built-in defaults).")
    String policy;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class, description = "The day to compute for (default: today in the policy's time zone).")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.FormatWord.class, description = "table, csv, tsv or json (report also: markdown, html). Default: table.")
    Format format = Format.TABLE;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE (atomically: the old file stays until the new one is complete).")
    Path output;

    @Option(names = "--sku", paramLabel = "GLOB", description = "Only SKUs matching GLOB (* any text, ? one character, [abc] one of).")
    String skuGlob;

    @Option(names = "--channel", paramLabel = "NAME", description = "A sales channel of the policy (default: the policy's default_channel).")
    String channel;

    @Option(names = "--delimiter", paramLabel = "C", converter = Converters.Delimiter.class, description = "Input delimiter: ',', ';' or 'tab' (default: detected from the header line).")
    Character delimiter;

    @Option(names = "--skip-invalid", description = "Leave invalid rows out instead of stopping (they are reported as ROWS_SKIPPED).")
    boolean skipInvalid;

    @Option(names = "--rejects", paramLabel = "FILE", description = "With --skip-invalid: write the rows left out, with line and reason, to FILE.")
    Path rejects;

    @Option(names = "--raw", description = "csv/tsv: no apostrophe before cells starting with = + - @ (formula guard off).")
    boolean raw;

    @Option(names = "--quiet", description = "Print nothing on standard error but errors.")
    boolean quiet;

    @Option(names = "--po-date", paramLabel = "PO=DATE", description = "What-if: run as if PO (or one line, PO:SKU) were expected on DATE (YYYY-MM-DD). Repeatable.")
    List<String> poDates = new ArrayList<>();

    @Option(names = "--po-delay", paramLabel = "PO=N", description = "What-if: run as if PO (or one line, PO:SKU) came N days later than its expected_date. Repeatable.")
    List<String> poDelays = new ArrayList<>();

    @Option(names = "--no-color", description = "No colour in table output (also off when NO_COLOR is set or output is not a terminal).")
    boolean noColor;
}
