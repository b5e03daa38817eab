package shop.atp.cli;

import picocli.CommandLine.Command;
import shop.atp.output.Format;
import shop.atp.output.Tables;

/** `health`: the playbook's measures of whether the policy works. */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Whether the policy works, over the order lines placed in the last planning.window_days days: "
                + "the share of backordered lines cancelled (alarm above 15%%) and of shipped preorder lines shipped "
                + "by their promised date (alarm below 90%%), each with its numerator and denominator, or 'not enough "
                + "data' below planning.health_min_lines lines.",
        footerHeading = "%nExample:%n",
        footer = "  atp health --data examples --as-of 2026-11-24")
final class HealthCommand extends ShopCommand {

    @Override
    public Integer call() {
        Session s = session().countHealth();
        s.format(Format.TABLE, Format.CSV, Format.TSV, Format.JSON);
        s.print(Tables.health(s.analysis().health()));
        return ExitCodes.OK;
    }
}
