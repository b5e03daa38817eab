package shop.atp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import shop.atp.domain.DailyReport;
import shop.atp.output.Format;
import shop.atp.output.ReportDocument;
import shop.atp.output.ReportHtml;
import shop.atp.output.ReportJson;
import shop.atp.output.ReportMarkdown;
import shop.atp.output.ReportText;

/** `report`: the morning summary for cron mail, a wiki, or a browser. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "The daily summary: inputs read, SKUs per status and channel, findings worst first, "
                + "late POs, preorder trackers and oversold SKUs. Exit codes as check.",
        footerHeading = "%nExamples:%n",
        footer = {"  atp report --data examples --as-of 2026-11-24",
                "  atp report --format html --output /var/reports/today.html || mail -s 'atp: look at the shop' me@shop.example < /dev/null"})
final class ReportCommand extends ShopCommand {

    @Mixin
    FailOnOption failOn;

    @Override
    public Integer call() {
        Session s = session().countDemand().countHealth().showsFindings();
        Format format = s.format(Format.TABLE, Format.CSV, Format.TSV, Format.JSON, Format.MARKDOWN, Format.HTML);
        s.selection(); // the report covers every SKU and channel, but an option naming none is refused
        DailyReport report = DailyReport.of(s.analysis());
        ReportDocument doc = ReportDocument.of(report, s.whatIfLines(), new PlatformListings(s).changesNamedInPolicy());
        if (format == Format.CSV || format == Format.TSV) {
            s.print(doc.asLongTable());
        } else {
            s.print(w -> {
                switch (format) {
                    case HTML -> ReportHtml.write(doc, w);
                    case MARKDOWN -> ReportMarkdown.write(doc, w);
                    case JSON -> ReportJson.write(doc, w);
                    default -> ReportText.write(doc, w);
                }
            });
        }
        return failOn.exitCode(report.findings());
    }
}
