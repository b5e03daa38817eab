package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC "What-if": a run with --po-date / --po-delay is the run of a purchase-orders.csv that
 * said so, byte for byte, in every command and format that keeps its shape; table, markdown
 * and html open with a what-if line per change; a change the files cannot take is exit 2.
 */
class WhatIfTest {

    private static final String AS_OF = "2026-11-24";
    private static final List<String> COMMANDS = List.of("availability", "policy", "allocate", "check", "preorders",
            "cover", "orders", "health", "notices", "report");

    @TempDir
    Path dir;

    /** examples/ with purchase-orders.csv edited as the what-if options say. */
    private Path editedExamples() throws IOException {
        Path copy = dir.resolve("edited");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        String pos = Files.readString(copy.resolve("purchase-orders.csv"))
                .replace("PO-2047,Northloop Apparel,TEE-BLK-M,36,0,2026-12-04,", "PO-2047,Northloop Apparel,TEE-BLK-M,36,0,2026-12-14,")
                .replace("PO-2047,Northloop Apparel,TEE-BLK-S,24,0,2026-12-04,", "PO-2047,Northloop Apparel,TEE-BLK-S,24,0,2026-12-14,")
                .replace("PO-2044,Northloop Apparel,CREWNECK-OAT-S,30,0,2026-12-12,", "PO-2044,Northloop Apparel,CREWNECK-OAT-S,30,0,2026-11-30,")
                .replace("PO-2049,Kiln Street Ceramics,MUG-CLASSIC-WHT,48,0,,", "PO-2049,Kiln Street Ceramics,MUG-CLASSIC-WHT,48,0,2026-12-02,")
                .replace("PO-2049,Kiln Street Ceramics,MUG-ENAMEL-BLK,24,0,,", "PO-2049,Kiln Street Ceramics,MUG-ENAMEL-BLK,24,0,2026-12-02,");
        assertThat(pos).isNotEqualTo(Files.readString(Path.of("examples/purchase-orders.csv")));
        Files.writeString(copy.resolve("purchase-orders.csv"), pos);
        return copy;
    }

    private static final String[] CHANGES = {"--po-delay", "PO-2047=10", "--po-date", "PO-2044:CREWNECK-OAT-S=2026-11-30",
            "--po-date", "PO-2049=2026-12-02"};

    private static CliRun run(String data, String command, String format, String... more) {
        String[] args = Stream.concat(Stream.of(command, "--data", data, "--as-of", AS_OF, "--format", format), Stream.of(more))
                .toArray(String[]::new);
        return CliRun.run(args);
    }

    @Test
    void aWhatIfRunIsTheRunOfAnEditedFileInEveryCommandAndFormat() throws IOException {
        String edited = editedExamples().toString();
        for (String command : COMMANDS) {
            for (String format : List.of("csv", "tsv", "json")) {
                CliRun whatIf = run("examples", command, format, CHANGES);
                CliRun onCopy = run(edited, command, format);
                assertThat(whatIf.err()).as(command + " " + format).isEmpty();
                assertThat(whatIf.exit()).as(command + " " + format).isEqualTo(onCopy.exit());
                assertThat(whatIf.out()).as(command + " " + format).isEqualTo(onCopy.out());
            }
        }
        CliRun table = run("examples", "check", "table", CHANGES);
        assertThat(table.out()).isEqualTo("""
                what-if: PO-2044:CREWNECK-OAT-S expected 2026-11-30 instead of 2026-12-12
                what-if: PO-2047 expected 2026-12-14 instead of 2026-12-04
                what-if: PO-2049 expected 2026-12-02 instead of no date
                """ + run(edited, "check", "table").out());
    }

    @Test
    void tableMarkdownAndHtmlOpenWithTheWhatIfLines() {
        String line = "what-if: PO-2047 expected 2026-12-14 instead of 2026-12-04";
        for (String command : COMMANDS) {
            assertThat(run("examples", command, "table", "--po-delay", "PO-2047=10").out()).as(command).startsWith(line + "\n");
        }
        assertThat(run("examples", "report", "markdown", "--po-delay", "PO-2047=10").out())
                .startsWith(line + "\n# atp morning report, 2026-11-24\n");
        assertThat(run("examples", "report", "html", "--po-delay", "PO-2047=10").out())
                .contains("<body>\n<p class=\"what-if\">" + line + "</p>\n<h1>");
    }

    @Test
    void theDelayBreaksThePromisesOfTheOrdersWaitingOnThePo() {
        String check = run("examples", "check", "csv", "--po-delay", "PO-2047=10").out();
        assertThat(check.lines().filter(l -> l.startsWith("warning,PROMISE_SLIPPED,TEE-BLK-M,")))
                .containsExactly("warning,PROMISE_SLIPPED,TEE-BLK-M,1241,\"promised 2026-12-06, now 2026-12-16 (10 days later)\"",
                        "warning,PROMISE_SLIPPED,TEE-BLK-M,1255,\"promised 2026-12-06, now 2026-12-16 (10 days later)\"",
                        "warning,PROMISE_SLIPPED,TEE-BLK-M,1267,\"promised 2026-12-06, now 2026-12-16 (10 days later)\"");
        assertThat(run("examples", "check", "csv").out()).doesNotContain("PROMISE_SLIPPED,TEE-BLK-M");
    }

    @Test
    void aLineOfItsOwnWinsOverItsPoAndLinesOfDifferentDatesAreNamedOneByOneInFileOrder() {
        CliRun run = new ShopFolder(dir)
                .write("purchase-orders.csv", "po_number,sku,quantity,expected_date,status\n"
                        + "PO-1,A,10,2026-12-01,confirmed\nPO-1,B,10,2026-12-03,confirmed\nPO-1,C,10,2026-12-05,confirmed\n")
                .run("availability", "--po-delay", "PO-1=2", "--po-date", "PO-1:C=2026-12-20");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("""
                what-if: PO-1:A expected 2026-12-03 instead of 2026-12-01
                what-if: PO-1:B expected 2026-12-05 instead of 2026-12-03
                what-if: PO-1:C expected 2026-12-20 instead of 2026-12-05
                """);
        assertThat(run.out()).contains("2026-12-03", "2026-12-05", "2026-12-20");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown PO|--po-delay|PO-9=3|atp: --po-delay PO-9=3: no PO PO-9 in the purchase orders read",
            "unknown line|--po-date|PO-1:B=2026-12-20|atp: --po-date PO-1:B=2026-12-20: no PO PO-1:B and no line of PO PO-1 with SKU B in the purchase orders read",
            "not a date|--po-date|PO-1=2026-13-01|atp: --po-date PO-1=2026-13-01: '2026-13-01' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-20",
            "days not whole|--po-delay|PO-1=1.5|atp: --po-delay PO-1=1.5: '1.5' is not a whole number of days",
            "days as words|--po-delay|PO-1=ten|atp: --po-delay PO-1=ten: 'ten' is not a whole number of days",
            "no value|--po-delay|PO-1|atp: --po-delay PO-1: expected PO=N or PO:SKU=N, N a whole number of days",
            "too many days|--po-delay|PO-1=99999|atp: --po-delay PO-1=99999: '99999' is more than 3650 days (ten years)",
    })
    void aChangeTheFilesCannotTakeIsExit2WithOneLine(String what, String option, String value, String message) {
        CliRun run = new ShopFolder(dir).run("check", option, value);
        assertThat(run.err()).startsWith(message + "\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void aDelayNeedsADateToMoveAndEachPoChangesOnce() {
        ShopFolder shop = new ShopFolder(dir).write("purchase-orders.csv",
                "po_number,sku,quantity,expected_date,status\nPO-1,A,10,,open\n");
        CliRun noDate = shop.run("check", "--po-delay", "PO-1=3");
        assertThat(noDate.err()).startsWith("atp: --po-delay PO-1=3: the line of PO-1 for A has no expected_date to move; "
                + "give it one with --po-date PO-1:A=YYYY-MM-DD\n");
        assertThat(noDate.exit()).isEqualTo(2);
        CliRun twice = shop.run("check", "--po-date", "PO-1=2026-12-01", "--po-delay", "PO-1=3");
        assertThat(twice.err()).startsWith("atp: --po-delay PO-1=3 changes PO-1 again (after --po-date PO-1=2026-12-01); "
                + "give each PO or PO line one change\n");
        assertThat(twice.exit()).isEqualTo(2);
    }

    @Test
    void poLinesOfSeveralFilesAreEachMovedAndALineThatBringsNothingIsLeftAlone() {
        ShopFolder shop = new ShopFolder(dir)
                .write("purchase-orders.csv", "po_number,sku,quantity,received,expected_date,status\n"
                        + "PO-1,A,5,0,2026-12-01,confirmed\nPO-1,B,5,5,,received\n")
                .write("purchase-orders-2.csv", "po_number,sku,quantity,expected_date,status\nPO-2,A,5,2026-12-05,confirmed\n");
        CliRun run = shop.run("allocate", "--po-delay", "PO-1=3", "--po-date", "PO-2=2026-12-12");
        assertThat(run.err()).isEmpty();
        // purchase-orders-2.csv comes first in name order
        assertThat(run.out()).startsWith("""
                what-if: PO-2 expected 2026-12-12 instead of 2026-12-05
                what-if: PO-1 expected 2026-12-04 instead of 2026-12-01
                """);
        CliRun bLine = shop.run("allocate", "--po-date", "PO-1:B=2026-12-20");
        assertThat(bLine.err()).as("a line that brings nothing is there, and nothing moves").isEmpty();
        assertThat(bLine.out()).doesNotContain("what-if");
    }
}
