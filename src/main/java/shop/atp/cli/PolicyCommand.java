package shop.atp.cli;

import picocli.CommandLine.Command;
import shop.atp.domain.Decision;
import shop.atp.output.Format;
import shop.atp.output.Tables;

import java.util.List;

/** `policy`: a row per SKU and channel with the status, units still sellable, ship-by date and reason. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "A row per SKU and channel: IN_STOCK, BACKORDER, PREORDER, NOTIFY_ME or OUT_OF_STOCK, "
                + "how many units may still be sold, by when they ship, and why.",
        footerHeading = "%nExample:%n",
        footer = "  atp policy --data examples --as-of 2026-11-24 --channel amazon")
final class PolicyCommand extends ShopCommand {

    @Override
    public Integer call() {
        Session s = session();
        s.format(Format.TABLE, Format.CSV, Format.TSV, Format.JSON);
        List<Decision> decisions = s.selection().decisions(s.analysis().decisions(s.channels()));
        s.print(Tables.policy(decisions));
        return ExitCodes.OK;
    }
}
