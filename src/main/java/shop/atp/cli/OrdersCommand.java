package shop.atp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import shop.atp.domain.OpenOrder;
import shop.atp.domain.OpenOrders;
import shop.atp.domain.OrderState;
import shop.atp.output.Format;
import shop.atp.output.Tables;

import java.util.List;

/** `orders`: one row per open order, oldest first: ship now, split, or wait. */
@Command(name = "orders", mixinStandardHelpOptions = true,
        description = "One row per open order, oldest first: its lines and units still to ship, the units on hand, "
                + "its state (SHIP_NOW: all on hand; SPLIT: some; WAITING: none), the date it can ship complete, "
                + "and what to do (split_shipments in the policy decides for SPLIT orders).",
        footerHeading = "%nExamples:%n",
        footer = {"  atp orders --data examples --as-of 2026-11-24",
                "  atp orders --state split --data examples --as-of 2026-11-24 --format csv"})
final class OrdersCommand extends ShopCommand {

    @Option(names = "--state", paramLabel = "STATE", converter = Converters.OrderStateWord.class,
            description = "Only orders in this state: ship_now, split or waiting.")
    OrderState state;

    @Override
    public Integer call() {
        Session s = session().keepCustomers();
        s.format(Format.TABLE, Format.CSV, Format.TSV, Format.JSON);
        List<OpenOrder> orders = s.selection().orders(OpenOrders.of(s.analysis()), state);
        s.print(Tables.orders(orders));
        return ExitCodes.OK;
    }
}
