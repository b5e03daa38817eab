package shop.atp.cli;

import picocli.CommandLine.Command;
import shop.atp.domain.PreorderTracker;
import shop.atp.output.Format;
import shop.atp.output.Summaries;
import shop.atp.output.Tables;

import java.util.List;

/** `preorders`: the tracker of each new product, its cap and what is left to sell. */
@Command(name = "preorders", mixinStandardHelpOptions = true,
        description = "Per new product: planned production, the preorder limit, preorders received, "
                + "what is left, the expected production and ship dates, and whether preorders are open.",
        footerHeading = "%nExample:%n",
        footer = "  atp preorders --data examples --as-of 2026-11-24")
final class PreordersCommand extends ShopCommand {

    @Override
    public Integer call() {
        Session s = session();
        Format format = s.format(Format.TABLE, Format.CSV, Format.TSV, Format.JSON);
        List<PreorderTracker> trackers = s.selection().preorders(s.analysis().preorders());
        if (format == Format.TABLE) {
            s.print(w -> w.write(Summaries.preorderTrackers(trackers)));
        } else {
            s.print(Tables.preorders(trackers));
        }
        return ExitCodes.OK;
    }
}
