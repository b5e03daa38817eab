package shop.atp.cli;

import picocli.CommandLine.Command;
import shop.atp.output.Format;
import shop.atp.output.Tables;

/** `availability`: a row per SKU with on hand, incoming, committed, available, next arrival and status. */
@Command(name = "availability", mixinStandardHelpOptions = true,
        description = "A row per SKU: on hand, incoming, committed, available (below 0 = oversold), "
                + "next arrival, and the status on the default channel (or --channel).",
        footerHeading = "%nExample:%n",
        footer = "  atp availability --data examples --as-of 2026-11-24 --format csv > availability.csv")
final class AvailabilityCommand extends ShopCommand {

    @Override
    public Integer call() {
        Session s = session();
        s.format(Format.TABLE, Format.CSV, Format.TSV, Format.JSON);
        String channel = s.channel();
        s.print(Tables.availability(s.selection().skus(s.analysis().skus()), channel));
        return ExitCodes.OK;
    }
}
