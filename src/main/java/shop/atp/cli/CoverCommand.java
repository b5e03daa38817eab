package shop.atp.cli;

import picocli.CommandLine.Command;
import shop.atp.domain.CoverPlan;
import shop.atp.output.Format;
import shop.atp.output.Tables;

/** `cover`: days of cover and what to reorder, per SKU that is not discontinued. */
@Command(name = "cover", mixinStandardHelpOptions = true,
        description = "Days of cover and what to reorder: a row per SKU that is not discontinued, "
                + "most urgent first (ORDER_NOW, ORDER_SOON, OK, NO_DEMAND, PREORDER_LAUNCH; then by stock-out date).",
        footerHeading = "%nColumns:%n",
        footer = {
                "  class            A: the SKUs making 80%% of demand, B: the next 15%%, C: the rest and no demand",
                "  demand           units ordered in the last planning.window_days days (any status but cancelled)",
                "  velocity         demand / window_days: units a day",
                "  on_hand          units in stock (on-hand.csv)",
                "  free_on_hand     units left on hand once the open orders are served",
                "  free_incoming    units on open PO lines that no order is waiting for",
                "  short            units customers wait for with no supply at all",
                "  cover_days       whole days free_on_hand lasts at this velocity (blank: no demand)",
                "  stockout_date    the as-of date + cover_days",
                "  lead_time_days   days from ordering to stock on the shelf (products.csv, else the policy)",
                "  reorder_point    velocity x (lead time + safety days of its class), rounded up",
                "  suggested_order  units to order: velocity x (lead time + safety + order cycle), rounded up,",
                "                   less free stock and free incoming, plus short",
                "  action           ORDER_NOW (below the reorder point, or customers short), ORDER_SOON,",
                "                   OK, NO_DEMAND, PREORDER_LAUNCH (a new product: see atp preorders)",
                "",
                "Example:",
                "  atp cover --data examples --as-of 2026-11-24",
                "  atp cover --data examples --as-of 2026-11-24 --format csv > reorder.csv"})
final class CoverCommand extends ShopCommand {

    @Override
    public Integer call() {
        Session s = session().countDemand();
        s.format(Format.TABLE, Format.CSV, Format.TSV, Format.JSON);
        s.print(Tables.cover(s.selection().covers(CoverPlan.of(s.analysis()))));
        return ExitCodes.OK;
    }
}
