package shop.atp.cli;

import picocli.CommandLine.Command;
import shop.atp.domain.FileSummary;
import shop.atp.input.ShopReader;
import shop.atp.output.Format;
import shop.atp.output.Table;

import java.util.List;

/** `validate`: every problem in the inputs and the policy, and the rows read, used and rejected per file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Reads the policy and every input file, prints every problem on standard error "
                + "(FILE:LINE: message) and per file its kind, format and the rows read, used and rejected. Exit 0 when all is "
                + "well, 2 for a bad policy, 3 for bad input rows.",
        footerHeading = "%nExample:%n",
        footer = "  atp validate --data examples --as-of 2026-11-24")
final class ValidateCommand extends ShopCommand {

    @Override
    public Integer call() {
        Session s = session();
        s.format(Format.TABLE, Format.CSV, Format.TSV, Format.JSON);
        ShopReader.Validation validation = s.validate();
        s.printPolicyProblems();
        s.printProblems(validation.problems());
        validation.notes().forEach(n -> s.warn(n.text()));
        s.print(Table.of(List.of("file", "kind", "format", "rows_read", "rows_used", "rows_rejected", "rows_skipped", "status"), validation.files(),
                ValidateCommand::row));
        if (s.policyProblems() != null) {
            return ExitCodes.USAGE;
        }
        return validation.problems().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private static Object[] row(FileSummary f) {
        String status = !f.present() ? "not given (optional)" : f.rowsRejected() == 0 ? "ok"
                : f.rowsRejected() + " invalid";
        if (!f.skipped().isEmpty()) {
            status += "; skipped: " + String.join("; ", f.skipped().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
        }
        return new Object[]{f.file(), f.kind(), f.format(), f.rowsRead(), f.rowsUsed(), f.rowsRejected(), f.rowsSkipped(), status};
    }
}
