package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared options, exit codes and the comfort commands, run through the real command line. */
class CliOptionsTest {

    @TempDir
    Path dir;

    private ShopFolder shop() {
        return new ShopFolder(dir)
                .write("on-hand.csv", "sku,on_hand\nTEE-1,5\nTEE-2,0\nMUG,3\n")
                .write("orders.csv", "order_id,sku,quantity,ordered_at,channel\n1,TEE-1,2,2026-11-01,dtc\n2,TEE-2,1,2026-11-01,amazon\n3,MUG,1,2026-11-02,ebay\n");
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: atp", "availability", "report", "Exit codes:", "3  bad or missing input data");
        CliRun version = CliRun.run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("atp ");
        for (String command : new String[]{"availability", "policy", "allocate", "check", "preorders", "cover", "receive", "orders", "health", "notices", "report", "formats", "validate", "init", "completion", "listings"}) {
            CliRun sub = CliRun.run(command, "--help");
            assertThat(sub.exit()).as(command).isZero();
            assertThat(sub.out()).as(command).contains("Example");
            // SPEC: "--help and --version everywhere"
            CliRun subVersion = CliRun.run(command, "--version");
            assertThat(subVersion.exit()).as(command).isZero();
            assertThat(subVersion.out()).as(command).isEqualTo(version.out());
        }
    }

    /**
     * A run names one command, and only that command's model is made (start-up); `atp` alone,
     * `--help`, a mistyped command and `completion` still know every command.
     */
    @Test
    void everyCommandIsKnownWhereAllAreListed() {
        java.util.List<String> names = AtpCommand.COMMANDS.stream().map(AtpCommand::nameOf).toList();
        assertThat(names).hasSize(16).contains("listings", "completion").doesNotHaveDuplicates();
        assertThat(CliRun.run().err()).isEqualTo("atp: a command is required (" + String.join(", ", names)
                + ")\nTry 'atp --help'.\n");
        CliRun help = CliRun.run("--help");
        CliRun completion = CliRun.run("completion");
        for (String name : names) {
            assertThat(help.out()).as(name).containsPattern("(?m)^  " + name + "\\b");
            assertThat(completion.out()).as(name).contains(name);
            CliRun own = CliRun.run(name, "--help");
            assertThat(own.exit()).as(name).isZero();
            assertThat(own.out()).as(name).startsWith("Usage: atp " + name);
        }
        java.io.PrintWriter none = new java.io.PrintWriter(java.io.Writer.nullWriter());
        assertThat(Atp.commandLine(java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream(), none,
                none, new String[]{"allocate", "--data", "x"}).getSubcommands().keySet()).containsExactly("allocate");
        assertThat(Atp.commandLine(java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream(), none,
                none, new String[]{"--help"}).getSubcommands().keySet()).containsExactlyElementsOf(names);
        CliRun typo = CliRun.run("alocate");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("atp: Unmatched argument at index 0: 'alocate'\nTry 'atp --help'.\n");
    }

    /** A '%' picocli cannot format in a help text makes it print a warning straight to System.err. */
    @Test
    void helpTextsFormatWithoutPicocliWarnings() {
        java.io.PrintStream realErr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : new String[]{"availability", "policy", "allocate", "check", "preorders", "cover", "receive", "orders", "health", "notices", "report", "formats",
                    "validate", "init", "completion"}) {
                assertThat(CliRun.run(command, "--help").exit()).as(command).isZero();
            }
        } finally {
            System.setErr(realErr);
        }
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void badCommandLinesExit2WithOneLineAndAHint() {
        CliRun unknown = CliRun.run("availability", "--frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("atp: Unknown option: '--frobnicate'\nTry 'atp availability --help'.\n");
        CliRun date = CliRun.run("availability", "--as-of", "24/11/2026");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).startsWith("atp: Invalid value for option '--as-of': '24/11/2026' is not a date; write it as YYYY-MM-DD");
        assertThat(CliRun.run().exit()).isEqualTo(2);
        assertThat(shop().run("availability", "--format", "html").err())
                .isEqualTo("atp: --format html is not available here; use table, csv, tsv, json\nTry 'atp availability --help'.\n");
        assertThat(shop().run("policy", "--channel", "etsy").err())
                .startsWith("atp: --channel etsy is not in the policy's channels: dtc, amazon, ebay, walmart, tiktok");
    }

    @Test
    void skuGlobAndChannelFilter() {
        CliRun run = shop().run("availability", "--sku", "TEE-*", "--format", "csv", "--channel", "amazon");
        assertThat(run.out()).isEqualTo("sku,title,on_hand,incoming,committed,available,next_arrival,status\r\n"
                + "TEE-1,,5,0,2,3,,IN_STOCK\r\nTEE-2,,0,0,1,-1,,OUT_OF_STOCK\r\n");
        CliRun policy = shop().run("policy", "--sku", "MUG", "--channel", "ebay", "--format", "csv");
        assertThat(policy.out()).isEqualTo("sku,channel,status,sellable,ship_by,reason\r\nMUG,ebay,IN_STOCK,2,2026-11-24,2 units left on hand\r\n");
        // SPEC: channel values match case-insensitively
        assertThat(shop().run("policy", "--sku", "MUG", "--channel", "EBay", "--format", "csv").out()).isEqualTo(policy.out());
        CliRun allocate = shop().run("allocate", "--channel", "amazon", "--format", "csv");
        assertThat(allocate.out()).isEqualTo("rank,order_id,sku,channel,ordered_at,quantity,source,promised_date,position,queue_size,state\r\n"
                + "2,2,TEE-2,amazon,2026-11-01T00:00:00Z,1,none,,1,1,SHORT\r\n");
    }

    @Test
    void checkExitCodesFollowFailOn() {
        ShopFolder clean = new ShopFolder(dir);
        assertThat(clean.run("check").exit()).isZero();
        assertThat(clean.run("check").out()).endsWith("no findings\n");
        ShopFolder warned = new ShopFolder(dir).write("purchase-orders.csv", ShopFolder.POS + "PO-2,Z,5,2026-12-01,confirmed\n");
        assertThat(warned.run("check").exit()).isZero();
        assertThat(warned.run("check", "--fail-on", "warning").exit()).isEqualTo(1);
        assertThat(warned.run("check").out()).endsWith("0 errors, 1 warning\n");
        ShopFolder oversold = shop();
        assertThat(oversold.run("check").exit()).isEqualTo(1);
        assertThat(oversold.run("check", "--fail-on", "never").exit()).isZero();
        assertThat(oversold.run("report", "--fail-on", "never").exit()).isZero();
        assertThat(oversold.run("report").exit()).isEqualTo(1);
    }

    @Test
    void skipInvalidLeavesRowsOutWritesRejectsAndReportsThem() throws IOException {
        Path rejects = dir.resolve("rejects.csv");
        ShopFolder folder = new ShopFolder(dir).write("orders.csv",
                "order_id,sku,quantity,ordered_at\n1,A,2,2026-11-01\n2,A,x,2026-11-01\n3,A,1,someday\n4,A,1,2026-11-03\n");
        CliRun strict = folder.run("availability");
        assertThat(strict.exit()).isEqualTo(3);
        CliRun run = folder.run("check", "--skip-invalid", "--rejects", rejects.toString(), "--format", "csv");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("warning,ROWS_SKIPPED,,orders.csv,\"2 invalid rows left out (lines 3, 4)\"");
        assertThat(Files.readString(rejects)).isEqualTo("file,line,reason,row\r\n"
                + "orders.csv,3,\"quantity \"\"x\"\" is not a whole number\",\"2,A,x,2026-11-01\"\r\n"
                + "orders.csv,4,\"ordered_at \"\"someday\"\" is not a date (expected 2026-04-15, 2026-04-15T10:22:13Z or 2026-04-15 10:22:13 -0400)\",\"3,A,1,someday\"\r\n");
        assertThat(run.err()).isEmpty();
        CliRun committed = folder.run("availability", "--skip-invalid", "--format", "csv");
        assertThat(committed.out()).contains("A,,5,10,3,12,2026-12-01,IN_STOCK");
        // SPEC: no row is ever dropped silently, also where the command shows no findings
        assertThat(committed.err()).isEqualTo("atp: ROWS_SKIPPED orders.csv: 2 invalid rows left out (lines 3, 4)\n");
        for (String[] command : new String[][]{{"policy"}, {"allocate"}, {"preorders"}, {"cover"}, {"orders"}, {"notices"},
                {"health"}, {"receive", "PO-1"}, {"listings", "--platform", "woocommerce"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--skip-invalid";
            assertThat(folder.run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length)).err()).as(command[0])
                    .contains("atp: ROWS_SKIPPED orders.csv: 2 invalid rows left out (lines 3, 4)\n");
        }
    }

    /** SPEC: examples/ has "every status and warning represented"; ROWS_SKIPPED needs --skip-invalid over invalid rows. */
    @Test
    void theExamplesShowEveryFindingCodeButRowsSkipped() {
        CliRun check = CliRun.run("check", "--data", "examples", "--as-of", "2026-11-24", "--format", "csv");
        java.util.Set<String> shown = check.out().lines().skip(1).map(l -> l.split(",")[1]).collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> all = java.util.Arrays.stream(shop.atp.domain.FindingCode.values()).map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        all.remove("ROWS_SKIPPED");
        assertThat(shown).containsExactlyInAnyOrderElementsOf(all);
        CliRun availability = CliRun.run("availability", "--data", "examples", "--as-of", "2026-11-24", "--format", "csv");
        assertThat(availability.out().lines().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)).distinct())
                .containsExactlyInAnyOrder("IN_STOCK", "BACKORDER", "PREORDER", "NOTIFY_ME", "OUT_OF_STOCK");
    }

    @Test
    void theMessyExampleShowsSkippedRows() {
        CliRun validate = CliRun.run("validate", "--data", "examples/messy-export", "--as-of", "2026-11-24", "--format", "csv");
        assertThat(validate.exit()).isEqualTo(3);
        assertThat(validate.out()).contains("on-hand.csv,on-hand,atp,3,1,2,0,2 invalid", "orders.csv,orders,atp,4,2,2,0,2 invalid");
        CliRun check = CliRun.run("check", "--data", "examples/messy-export", "--as-of", "2026-11-24", "--skip-invalid",
                "--format", "csv");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("warning,ROWS_SKIPPED,,orders.csv,\"2 invalid rows left out (lines 3, 4)\"");
    }

    @Test
    void validateCountsRowsAndListsEveryProblem() {
        ShopFolder folder = new ShopFolder(dir).write("orders.csv",
                "order_id,sku,quantity,ordered_at\n1,A,2,2026-11-01\n2,A,x,2026-11-01\n");
        CliRun run = folder.run("validate", "--format", "csv");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("orders.csv:3: quantity \"x\" is not a whole number\n");
        assertThat(run.out()).isEqualTo("file,kind,format,rows_read,rows_used,rows_rejected,rows_skipped,status\r\n"
                + "on-hand.csv,on-hand,atp,1,1,0,0,ok\r\npurchase-orders.csv,purchase-orders,atp,1,1,0,0,ok\r\n"
                + "orders.csv,orders,atp,2,1,1,0,1 invalid\r\nproducts.csv,products,atp,0,0,0,0,not given (optional)\r\n");
        assertThat(new ShopFolder(dir).run("validate").exit()).isZero();
        new ShopFolder(dir).write("policy.yaml", "fulfillment_days: -1\n");
        CliRun policy = CliRun.run("validate", "--data", dir.toString());
        assertThat(policy.exit()).isEqualTo(2);
        assertThat(policy.err()).isEqualTo("policy.yaml:1: fulfillment_days must not be negative (found -1)\n");
    }

    /** HARDENING review of W4: a header that names a column another header already gives is said, not silently dropped. */
    @Test
    void aSecondHeaderForOneColumnIsSaidNotRead() {
        ShopFolder folder = new ShopFolder(dir).write("on-hand.csv", "sku,on_hand,qty\nA,5,2\n");
        CliRun run = folder.run("availability", "--format", "csv");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("A,,5,");
        assertThat(run.err()).isEqualTo("atp: on-hand.csv: column 3 \"qty\" is not read: column 2 \"on_hand\" gives on_hand\n");
    }

    /** A file option naming the root folder is a problem with that file, not an internal error (HARDENING C4). */
    @Test
    void theRootFolderAsAFileIsAProblemWithIt() {
        ShopFolder folder = new ShopFolder(dir);
        for (String[] args : new String[][]{{"notices", "--log", "/"}, {"listings", "--platform", "shopify", "--current", "/"},
                {"check", "--on-hand", "/"}}) {
            CliRun run = folder.run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
            assertThat(run.exit()).as(args[0]).isEqualTo(3);
            assertThat(run.err()).as(args[0]).isEqualTo("/: cannot be read: it is a folder\n");
        }
    }

    /** SPEC: validate lists every problem in the inputs and the policy; a wrong policy still exits 2. */
    @Test
    void validateListsEveryPolicyProblemAndTheInputsToo() {
        ShopFolder folder = new ShopFolder(dir).write("policy.yaml", "fulfilment_days: 3\nincoming_buffer: 200%\nchannels:\n  etsy: {}\n")
                .write("on-hand.csv", "sku,on_hand\nA,12.5\n")
                .write("orders.csv", "order_id,sku,quantity,ordered_at,channel\n1,A,x,2026-11-20,etsy\n");
        CliRun run = folder.run("validate", "--format", "csv");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("policy.yaml:1: unknown key \"fulfilment_days\"; known keys here: backorder, channels, columns, "
                + "date_formats, default_channel, fulfillment_days, incoming_buffer, listings, notices, notify_me, planning, preorder, "
                + "skus, split_shipments, timezone\n"
                + "policy.yaml:1: default_channel \"dtc\" is not one of the channels: etsy\n"
                + "policy.yaml:2: incoming_buffer must lie between 0% and 100% (found 200%)\n"
                + "on-hand.csv:2: on_hand \"12.5\" is not a whole number\n"
                + "orders.csv:2: quantity \"x\" is not a whole number\n");
        assertThat(run.out()).contains("on-hand.csv,on-hand,atp,1,0,1,0,1 invalid");
        // any other command stops at the policy, naming all its problems
        CliRun check = folder.run("check");
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).startsWith("policy.yaml:1: unknown key").contains("\npolicy.yaml:2: incoming_buffer")
                .doesNotContain("on-hand.csv");
        // a wrong value inside a section keeps the rest of it: no problem that is not there, none left out (review)
        ShopFolder sections = new ShopFolder(dir).write("policy.yaml", "default_channel: web\nchannels:\n  web: { backorder: maybe }\n"
                + "  market: { backorder: false }\nskus:\n  A:\n    channels: { market: { max_days: 3 }, nope: {} }\n"
                + "    fulfillment_days: -1\ncolumns:\n  orders: { Order: order_id, Qty: quantities }\n"
                + "date_formats: [\"dd/MM/yyyy\", \"qqqqqq\"]\n")
                .write("on-hand.csv", "sku,on_hand\nA,5\n")
                .write("orders.csv", "Order,sku,Qty,ordered_at,channel\n1,A,1,20/11/2026,market\n");
        CliRun kept = sections.run("validate", "--format", "csv");
        assertThat(kept.exit()).isEqualTo(2);
        assertThat(kept.err().lines().map(l -> l.substring(0, Math.min(l.length(), 50))).toList()).containsExactly(
                "policy.yaml:3: channels.web.backorder must be true",
                "policy.yaml:7: skus.A.channels.nope: no such chann",
                "policy.yaml:8: skus.A.fulfillment_days must not be",
                "policy.yaml:10: columns.orders.Qty: \"quantities\" i",
                "policy.yaml:11: date_formats: \"qqqqqq\" is not a da");
        // the market channel, the good date pattern and the good mapping still hold for the rows
        assertThat(kept.out()).contains("orders.csv,orders,atp,1,1,0,0,ok");
    }

    @Test
    void policyIsFoundInTheDataFolderAndBadPoliciesExit2() {
        ShopFolder folder = shop().write("policy.yaml", "channels:\n  dtc: {}\n  amazon: {}\n  ebay: {}\nunknown: 1\n");
        CliRun run = folder.run("availability");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("policy.yaml:5: unknown key \"unknown\"");
        CliRun missing = shop().run("availability", "--policy", dir.resolve("nope.yaml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).endsWith("nope.yaml: file not found\n");
    }

    @Test
    void inputsFromStandardInputWithItsOwnDelimiter() {
        ShopFolder folder = new ShopFolder(dir);
        CliRun run = CliRun.withStdin("sku;on_hand\nA;7\n", "availability", "--data", folder.data(), "--as-of", "2026-11-24",
                "--on-hand", "-", "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("A,,7,10,2,15,2026-12-01,IN_STOCK");
        CliRun twice = CliRun.run("availability", "--on-hand", "-", "--orders", "-");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).startsWith("atp: only one input can come from standard input ('-')");
    }

    @Test
    void aForcedDelimiterAppliesToEveryInput() {
        ShopFolder folder = new ShopFolder(dir)
                .write("on-hand.csv", "sku;on_hand\nA,1;7\n")
                .write("purchase-orders.csv", "po_number;sku;quantity\n")
                .write("orders.csv", "order_id;sku;quantity;ordered_at\n");
        CliRun run = folder.run("availability", "--delimiter", ";", "--format", "csv");
        assertThat(run.out()).isEqualTo("sku,title,on_hand,incoming,committed,available,next_arrival,status\r\n\"A,1\",,7,0,0,7,,IN_STOCK\r\n");
    }

    @Test
    void outputIsWrittenAtomicallyAndNeverOverAnInput() throws IOException {
        ShopFolder folder = new ShopFolder(dir);
        Path out = dir.resolve("availability.csv");
        Files.writeString(out, "old report");
        CliRun run = folder.run("availability", "--format", "csv", "--output", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("sku,title,on_hand");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        CliRun overInput = folder.run("availability", "--output", dir.resolve("orders.csv").toString());
        assertThat(overInput.exit()).isEqualTo(2);
        assertThat(overInput.err()).contains("is an input file; refusing to write over it");
        assertThat(Files.readString(dir.resolve("orders.csv"))).isEqualTo(ShopFolder.ORDERS);
    }

    @Test
    void anOutputInAMissingFolderIsABadCommandLine() {
        CliRun run = new ShopFolder(dir).run("availability", "--output", dir.resolve("nope/x.csv").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("atp: " + dir.resolve("nope/x.csv") + ": cannot be written: the folder "
                + dir.resolve("nope") + " does not exist\n");
    }

    @Test
    void failedRunLeavesThePreviousOutputUntouched() throws IOException {
        ShopFolder folder = new ShopFolder(dir).write("orders.csv", "order_id,sku,quantity,ordered_at\n1,A,x,2026-11-01\n");
        Path out = dir.resolve("report.txt");
        Files.writeString(out, "yesterday's report");
        assertThat(folder.run("report", "--output", out.toString()).exit()).isEqualTo(3);
        assertThat(Files.readString(out)).isEqualTo("yesterday's report");
    }

    @Test
    void initWritesTheFilesAndNeverOverwrites() throws IOException {
        Path shopDir = dir.resolve("new-shop");
        CliRun run = CliRun.run("init", shopDir.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(shopDir.resolve("policy.yaml"))).isEqualTo(Files.readString(Path.of("policy.yaml")));
        CliRun report = CliRun.run("report", "--data", shopDir.toString(), "--as-of", "2026-11-24");
        assertThat(report.err()).isEmpty();
        assertThat(report.exit()).isZero();
        Files.writeString(shopDir.resolve("orders.csv"), "mine");
        Files.delete(shopDir.resolve("products.csv"));
        CliRun again = CliRun.run("init", shopDir.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("not overwriting").contains("orders.csv").contains("nothing was written");
        assertThat(Files.readString(shopDir.resolve("orders.csv"))).isEqualTo("mine");
        assertThat(shopDir.resolve("products.csv")).doesNotExist();
    }

    @Test
    void completionScriptNamesTheCommands() {
        CliRun run = CliRun.run("completion");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("complete -F _complete_atp", "availability", "--skip-invalid");
    }

    @Test
    void tableOutputNeverPassesControlCharactersToTheTerminal() {
        ShopFolder folder = new ShopFolder(dir).write("products.csv", "sku,title\nA,\"evil\u001b[2Jtitle\"\n");
        CliRun run = folder.run("availability");
        assertThat(run.out()).contains("evil?[2Jtitle").doesNotContain("\u001b");
    }

    /** HARDENING C1: a --sku pattern that cannot be a pattern is a bad command line, not a crash. */
    @Test
    void anInvalidSkuPatternIsABadCommandLine() {
        CliRun run = new ShopFolder(dir).run("availability", "--sku", "[z-a]");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("atp: --sku [z-a] is not a valid pattern");
    }

    /** HARDENING C3: --as-of far outside a shop's calendar is a bad command line. */
    @Test
    void anAsOfOutsideTheCalendarIsABadCommandLine() {
        new ShopFolder(dir);
        CliRun run = CliRun.run("report", "--data", dir.toString(), "--as-of", "+999999999-12-20");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'+999999999-12-20' is out of range (years 1900 to 9999)");
    }

    /** HARDENING C4: --output naming a folder (the root too) is a bad command line. */
    @Test
    void anOutputThatIsAFolderIsABadCommandLine() {
        new ShopFolder(dir);
        for (String folder : new String[]{"/", dir.toString()}) {
            CliRun run = CliRun.run("availability", "--data", dir.toString(), "--as-of", "2026-11-24", "--output", folder);
            assertThat(run.exit()).as(folder).isEqualTo(2);
            assertThat(run.err()).startsWith("atp: " + folder + ": cannot be written (it is a folder)");
        }
    }

    /** HARDENING C6: init into a folder that cannot be made is a bad command line naming it. */
    @Test
    void initWhereNoFolderCanBeMadeIsABadCommandLine() throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        CliRun run = CliRun.run("init", file.resolve("shop").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("atp: cannot make the folder " + file.resolve("shop"));
    }

    /** HARDENING W6: with --skip-invalid, a SKU named only by rejected rows gets no row (its stock is unknown, not 0). */
    @Test
    void aSkuOnlyInRejectedRowsGetsNoRow() {
        CliRun run = new ShopFolder(dir).write("on-hand.csv", "sku,on_hand\nA,5\nC,1e3\n")
                .run("availability", "--skip-invalid", "--format", "csv");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\r\nA,").doesNotContain("\r\nC,");
    }

    /** HARDENING K7: --rejects without --skip-invalid would be a file that can never hold a row. */
    @Test
    void rejectsWithoutSkipInvalidIsABadCommandLine() {
        CliRun run = new ShopFolder(dir).run("check", "--rejects", dir.resolve("r.csv").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("atp: --rejects needs --skip-invalid: without it no row is left out");
        assertThat(Files.exists(dir.resolve("r.csv"))).isFalse();
    }

    /** HARDENING K13: a policy that cannot be read says why, once. */
    @Test
    void anUnreadablePolicySaysWhyOnce() throws IOException {
        new ShopFolder(dir);
        Files.createDirectory(dir.resolve("policy.yaml"));
        CliRun run = CliRun.run("availability", "--data", dir.toString(), "--as-of", "2026-11-24");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(dir.resolve("policy.yaml") + ": cannot be read: it is a folder\n");
    }

    /** HARDENING K7: report refuses a channel the policy lacks, as availability does. */
    @Test
    void reportRefusesAnUnknownChannel() {
        CliRun run = new ShopFolder(dir).run("report", "--channel", "nope");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("atp: --channel nope is not in the policy's channels");
    }
}
