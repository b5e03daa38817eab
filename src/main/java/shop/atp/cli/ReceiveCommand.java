package shop.atp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shop.atp.domain.Analysis;
import shop.atp.domain.Delivery;
import shop.atp.domain.PurchaseOrderLine;
import shop.atp.output.Format;
import shop.atp.output.Summaries;
import shop.atp.output.Tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** `receive PO`: the pick list for a delivery at the dock, backorders first, and what goes to stock. */
@Command(name = "receive", mixinStandardHelpOptions = true,
        description = "The pick list for a delivery at the dock today: per SKU of the PO, the waiting order lines "
                + "its units fill in FIFO order (with their customer and place in the queue), then the units left "
                + "for stock. With --quantity for a short or over delivery; a SHORT row is an order line that no "
                + "longer gets units from it.",
        footerHeading = "%nExamples:%n",
        footer = {"  atp receive PO-2043 --data examples --as-of 2026-11-24",
                "  atp receive PO-2043 --quantity TEE-BLK-M=8 --data examples --as-of 2026-11-24 --format csv > picks.csv"})
final class ReceiveCommand extends ShopCommand {

    @Parameters(paramLabel = "PO", description = "The purchase order at the dock (its po_number).")
    String poNumber;

    @Option(names = "--quantity", paramLabel = "SKU=N", description = "Units of SKU delivered, when not what the PO still "
            + "expects (a short or over delivery). Repeatable.")
    List<String> quantities = new ArrayList<>();

    @Override
    public Integer call() {
        Session s = session().keepCustomers();
        Format format = s.format(Format.TABLE, Format.CSV, Format.TSV, Format.JSON);
        Map<String, Long> delivered = DeliveryOptions.parse(quantities);
        Analysis analysis = s.analysis();
        List<PurchaseOrderLine> lines = Delivery.incomingLinesOf(analysis.shop(), poNumber);
        DeliveryOptions.checkAgainstPo(poNumber, lines, delivered);
        Delivery delivery = Delivery.receive(analysis, poNumber, lines, delivered);
        if (format == Format.TABLE) {
            s.print(w -> w.write(Summaries.pickList(delivery)));
        } else {
            s.print(Tables.receive(delivery));
        }
        return ExitCodes.OK;
    }
}
