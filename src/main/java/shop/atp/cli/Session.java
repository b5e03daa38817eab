package shop.atp.cli;

import shop.atp.domain.Analysis;
import shop.atp.domain.DemandWindow;
import shop.atp.domain.FileSummary;
import shop.atp.domain.FindingCode;
import shop.atp.domain.Findings;
import shop.atp.domain.Policy;
import shop.atp.domain.ReadingNote;
import shop.atp.domain.Selection;
import shop.atp.domain.WhatIf;
import shop.atp.input.Formats;
import shop.atp.input.FileRefusal;
import shop.atp.input.InputFile;
import shop.atp.input.InputProblem;
import shop.atp.input.PolicyException;
import shop.atp.input.PolicyReader;
import shop.atp.input.ReadResult;
import shop.atp.input.RejectedRow;
import shop.atp.input.ShopReader;
import shop.atp.output.AtomicFile;
import shop.atp.output.Format;
import shop.atp.output.NoticeTexts;
import shop.atp.output.Table;
import shop.atp.output.TableWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One run of a command: finds the inputs the options name, loads the policy and the shop,
 * and writes the result to standard output or --output. Holds no rules of its own.
 */
final class Session {

    private final CommonOptions options;
    private final InputStream stdin;
    private final java.io.OutputStream stdoutBytes;
    /** Files smaller than this read too fast to be worth a progress line. */
    private static final long PROGRESS_ROWS = 100_000;

    private final PrintWriter out;
    private final PrintWriter err;
    private Policy policy;
    private ReadResult read;
    private Selection selection;
    private WhatIf whatIf;
    private boolean keepCustomers;
    private boolean showsFindings;
    private PolicyException policyProblems;
    private boolean countDemand;
    private boolean countHealth;
    private ExportFiles exports;
    private Analysis analysis;
    private final BooleanSupplier stdoutFailed;

    /** @param stdoutFailed whether writing standard output has failed, so far */
    Session(CommonOptions options, InputStream stdin, java.io.OutputStream stdoutBytes, BooleanSupplier stdoutFailed,
            PrintWriter out, PrintWriter err) {
        this.options = options;
        this.stdin = stdin;
        this.stdoutBytes = stdoutBytes;
        this.stdoutFailed = stdoutFailed;
        this.out = out;
        this.err = err;
    }

    CommonOptions options() {
        return options;
    }

    /** Refuses a format this command does not print. */
    Format format(Format... allowed) {
        if (!Arrays.asList(allowed).contains(options.format)) {
            throw new UsageException("--format " + options.format.word() + " is not available here; use "
                    + String.join(", ", Arrays.stream(allowed).map(Format::word).toList()));
        }
        return options.format;
    }

    Policy policy() {
        if (policy == null) {
            policy = loadPolicy();
        }
        return policy;
    }

    private Policy loadPolicy() {
        Path file = policyFile();
        if (file == null) {
            return Policy.defaults();
        }
        if (file.toString().equals("-")) {
            return PolicyReader.read("<stdin>", stdin);
        }
        if (Files.isDirectory(file)) {
            throw new PolicyException(file.toString(), 0, InputFile.FOLDER);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return PolicyReader.read(InputFile.nameOf(file), in);
        } catch (NoSuchFileException e) {
            throw new PolicyException(file.toString(), 0, "file not found");
        } catch (IOException e) {
            throw new PolicyException(file.toString(), 0, "cannot be read: " + FileRefusal.reason(e));
        }
    }

    /** --policy, else DIR/policy.yaml, else ./policy.yaml, else none (built-in defaults). */
    private Path policyFile() {
        if (options.policy != null) {
            return Path.of(options.policy);
        }
        // a name that is there (a dangling link, a folder) is read and says why it cannot be, never skipped
        Path inData = dataDir().resolve("policy.yaml");
        if (Files.exists(inData, LinkOption.NOFOLLOW_LINKS)) {
            return inData;
        }
        Path here = Path.of("policy.yaml");
        return Files.exists(here, LinkOption.NOFOLLOW_LINKS) ? here : null;
    }

    private Path dataDir() {
        return options.data != null ? options.data : Path.of("");
    }

    LocalDate asOf() {
        return options.asOf != null ? options.asOf : LocalDate.now(policy().timezone());
    }

    /** The channel of --channel (checked against the policy), else the default channel. */
    String channel() {
        if (options.channel == null) {
            return policy().defaultChannel();
        }
        String named = policy().channelNamed(options.channel);
        if (named == null) {
            throw new UsageException("--channel " + options.channel + " is not in the policy's channels: "
                    + policy().channelsListed());
        }
        return named;
    }

    /** The channels to show: the one of --channel, or all of the policy's. */
    List<String> channels() {
        return options.channel == null ? policy().channelNames() : List.of(channel());
    }

    /** The SKUs of --sku (compiled once) and the channel of --channel, checked against the policy. */
    Selection selection() {
        if (selection == null) {
            selection = new Selection(SkuGlob.of(options.skuGlob), options.channel == null ? null : channel());
        }
        return selection;
    }

    /** The exports this run reads, and the formats they may be in. */
    private ExportFiles exports() {
        if (exports == null) {
            exports = new ExportFiles(options, dataDir());
        }
        return exports;
    }

    /** Every input file: the shop's, and --current (which --output may not name either). */
    List<InputFile> inputFiles() {
        List<InputFile> files = new ArrayList<>(exports().list());
        if (current() != null) {
            files.add(current());
        }
        return files;
    }

    /**
     * The platform's export of its listings (`listings --current`, may be {@code FORMAT:PATH}),
     * checked with the other inputs (one from standard input at most). Call before reading.
     */
    Session current(String option) {
        exports().current(option);
        exports().list();
        return this;
    }

    /** The --current file of `listings`, or null. */
    InputFile current() {
        return exports().current();
    }

    InputStream stdin() {
        return stdin;
    }

    /** The folder of the policy file, against which its file names are read (the current folder without one). */
    Path policyFolder() {
        Path file = policyFile();
        return file == null || file.toString().equals("-") ? Path.of("") : file.toAbsolutePath().getParent();
    }

    /** The built-in formats and DATA/formats/. */
    Formats formats() {
        return exports().formats();
    }

    ReadResult read() {
        if (read == null) {
            boolean merchantFormats = exports().merchantFormats();
            List<InputFile> files = exports().list();
            checkOutputs(inputFiles());
            ShopReader reader = new ShopReader(policy(), options.delimiter, options.skipInvalid).onFileRead(this::progress)
                    .formats(this::formats).merchantFormats(merchantFormats)
                    .whatIf(whatIf());
            if (countDemand || countHealth) {
                // the health measures count over the same window as demand
                reader.countDemandIn(DemandWindow.of(asOf(), policy().rules().planning().windowDays(), policy().timezone()));
            }
            if (countHealth) {
                reader.countHealth();
            }
            if (options.rejects != null) {
                reader.keepRejectedCells();
            }
            if (keepCustomers) {
                reader.keepCustomers();
            }
            read = reader.read(files, stdin);
            WhatIfOptions.checkAgainstFiles(whatIf());
            read.shop().notes().stream().filter(ReadingNote::warning).forEach(n -> warn(n.text()));
            if (!showsFindings) {
                // no row is dropped silently (SPEC): a command without findings says what --skip-invalid left out
                read.shop().files().stream().filter(f -> f.rowsRejected() > 0)
                        .forEach(f -> warn(FindingCode.ROWS_SKIPPED + " " + f.file() + ": " + Findings.rowsLeftOut(f)));
            }
        }
        return read;
    }

    /** The notice templates this run uses (see {@link NoticeTemplates}). */
    NoticeTexts noticeTexts(Path templatesOption) {
        return NoticeTemplates.load(templatesOption, policy().notices(), policyFile());
    }

    /**
     * Counts each SKU's demand over the planning window while the orders are read, for a
     * command that shows days of cover (`cover`, `report`); before the read. Others leave the
     * per-row work out (bench/README, "Issue 12/13: speed, second look").
     */
    Session countDemand() {
        this.countDemand = true;
        return this;
    }

    /**
     * Counts the policy-health measures while the orders are read, for a command that shows
     * them or their findings (`health`, `check`, `report`); before the read.
     */
    Session countHealth() {
        this.countHealth = true;
        return this;
    }

    /** For a command that prints the findings, ROWS_SKIPPED among them; before the read. */
    Session showsFindings() {
        this.showsFindings = true;
        return this;
    }

    /** Keeps each waiting order line's customer, for a command that shows it; before the read. */
    Session keepCustomers() {
        this.keepCustomers = true;
        return this;
    }

    /** The changes of --po-date and --po-delay, parsed once. */
    WhatIf whatIf() {
        if (whatIf == null) {
            whatIf = WhatIfOptions.parse(options.poDates, options.poDelays);
        }
        return whatIf;
    }

    /** The {@code what-if:} lines that open table, markdown and html output: one per change. */
    List<String> whatIfLines() {
        return whatIf == null ? List.of() : whatIf.describe();
    }

    /** Reads every file and hands back every problem, never failing: for `validate`. */
    /**
     * Every problem of the inputs, read as the policy says; a policy with wrong keys is read with
     * the built-in values in their place, its problems kept for {@link #policyProblems} (SPEC:
     * validate lists every problem in the inputs and the policy).
     */
    ShopReader.Validation validate() {
        try {
            policy();
        } catch (PolicyException wrong) {
            if (wrong.partial() == null) {
                throw wrong;
            }
            policyProblems = wrong;
            policy = wrong.partial();
        }
        boolean merchantFormats = exports().merchantFormats();
        List<InputFile> files = inputFiles();
        checkOutputs(files);
        ShopReader.Validation validation = new ShopReader(policy(), options.delimiter, true).whatIf(whatIf())
                .formats(this::formats).merchantFormats(merchantFormats).validate(files, stdin);
        WhatIfOptions.checkAgainstFiles(whatIf());
        return validation;
    }

    /** Rows read per large file, on stderr, only when a person is watching and not --quiet. */
    private void progress(FileSummary file) {
        if (!options.quiet && file.rowsRead() >= PROGRESS_ROWS && System.console() != null) {
            err.println("read " + file.file() + ": " + file.rowsRead() + " rows");
        }
    }

    /** The shop analysed as of the day: allocated once per run, whichever parts ask for it. */
    Analysis analysis() {
        if (analysis == null) {
            analysis = Analysis.of(read().shop(), policy(), asOf());
        }
        return analysis;
    }

    /** What {@link #validate} found wrong in the policy, or null. */
    PolicyException policyProblems() {
        return policyProblems;
    }

    /** The policy's problems {@link #validate} found, a line each, on standard error. */
    void printPolicyProblems() {
        if (policyProblems != null) {
            err.println(policyProblems.getMessage());
        }
    }

    /** Before anything is read: what --output and --rejects may not name (see {@link OutputFiles}). */
    private void checkOutputs(List<InputFile> files) {
        if (options.rejects != null && !options.skipInvalid) {
            throw new UsageException("--rejects needs --skip-invalid: without it no row is left out, and the file "
                    + "would never hold one");
        }
        List<Path> inputs = new ArrayList<>();
        for (InputFile file : files) {
            if (file.path() != null) {
                inputs.add(file.path());
            }
        }
        Path policy = policyFile();
        if (policy != null && !policy.toString().equals("-")) {
            inputs.add(policy);
        }
        OutputFiles.check(options.output, options.rejects, inputs);
    }

    /** The rows --skip-invalid left out, to --rejects: written once the output is, so that a failed run replaces neither. */
    private void writeRejects() {
        if (options.rejects == null || read == null) {
            return;
        }
        List<RejectedRow> rejected = read.rejected();
        List<Object[]> rows = new ArrayList<>();
        for (RejectedRow r : rejected) {
            rows.add(new Object[]{r.file(), r.line(), String.join("; ", r.reasons()), String.join(",", quotedCells(r.cells()))});
        }
        Table table = Table.ofRows(List.of("file", "line", "reason", "row"), rows);
        OutputFiles.write(options.rejects, w -> new TableWriter(Format.CSV, options.raw).write(table, w));
    }

    private static List<String> quotedCells(String[] cells) {
        return Arrays.stream(cells).map(c -> TableWriter.quoted(c, ',')).toList();
    }

    /** A line on standard error that does not stop the run (unless --quiet). */
    void warn(String message) {
        if (!options.quiet) {
            err.println("atp: " + message);
        }
    }

    /** Prints each problem as FILE:LINE: message on standard error. */
    void printProblems(List<InputProblem> problems) {
        for (InputProblem problem : problems) {
            err.println(problem);
        }
    }

    /** Prints a table in the chosen format to standard output or --output. */
    void print(Table table) {
        print(w -> tableWriter().write(table, w));
    }

    /** The writer for tables: colour only on a terminal, without --no-color or NO_COLOR. */
    TableWriter tableWriter() {
        boolean color = options.format == Format.TABLE && options.output == null && !options.noColor
                && System.getenv("NO_COLOR") == null && System.console() != null;
        return new TableWriter(options.format, options.raw, color);
    }

    /**
     * Prints text made by {@code content} to standard output or --output; table and markdown
     * open with the what-if lines (html places them itself, csv/tsv/json keep their shape).
     */
    void print(AtomicFile.Content content) {
        List<String> whatIfs = options.format == Format.TABLE || options.format == Format.MARKDOWN ? whatIfLines() : List.of();
        if (!whatIfs.isEmpty()) {
            AtomicFile.Content body = content;
            content = w -> {
                for (String line : whatIfs) {
                    w.write(line + "\n");
                }
                body.writeTo(w);
            };
        }
        printAsIs(content);
    }

    /**
     * Prints {@code text} encoded in {@code charset} to standard output or --output (a
     * platform's upload file: Amazon's is Windows-1252, whatever atp's own output is).
     */
    void printEncoded(String text, java.nio.charset.Charset charset) {
        if (charset.equals(java.nio.charset.StandardCharsets.UTF_8)) {
            printAsIs(w -> w.write(text));
            return;
        }
        if (options.output != null) {
            OutputFiles.write(options.output, charset, w -> w.write(text));
        } else {
            out.flush();
            try {
                stdoutBytes.write(text.getBytes(charset));
                stdoutBytes.flush();
            } catch (IOException e) {
                if (Atp.failed(e)) {
                    // a failed run replaces no file: yesterday's rejects stay
                    throw new UsageException("standard output could not be written (" + e.getMessage() + ")");
                }
                // a reader that stopped early wanted no more: no failure (as for atp's own output)
            }
        }
        writeRejects();
    }

    private void printAsIs(AtomicFile.Content content) {
        if (options.output != null) {
            OutputFiles.write(options.output, content);
        } else {
            try {
                content.writeTo(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (stdoutFailed.getAsBoolean()) {
                // a failed run replaces no file: yesterday's rejects stay (the failure is said on exit)
                return;
            }
        }
        writeRejects();
    }
}
