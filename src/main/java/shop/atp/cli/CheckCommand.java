package shop.atp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import shop.atp.domain.Finding;
import shop.atp.output.Format;
import shop.atp.output.Summaries;
import shop.atp.output.Tables;

import java.util.List;

/** `check`: what is wrong today, worst first; exit 1 when a finding reaches --fail-on. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "A row per finding: oversold SKUs, backorders without a confirmed PO, marketplace "
                + "backorders, late POs, slipped promises, preorders over the cap, and more.",
        footerHeading = "%nExample:%n",
        footer = "  atp check --data examples --as-of 2026-11-24 --fail-on warning || echo 'look at the shop'")
final class CheckCommand extends ShopCommand {

    @Mixin
    FailOnOption failOn;

    @Override
    public Integer call() {
        Session s = session().countHealth().showsFindings();
        Format format = s.format(Format.TABLE, Format.CSV, Format.TSV, Format.JSON);
        List<Finding> findings = s.selection().findings(s.analysis().findings());
        s.print(w -> {
            s.tableWriter().write(Tables.check(findings), w);
            if (format == Format.TABLE) {
                w.write(Summaries.findingCounts(findings) + "\n");
            }
        });
        return failOn.exitCode(findings);
    }
}
