package shop.atp.cli;

import picocli.CommandLine.Command;
import shop.atp.domain.RankedPiece;
import shop.atp.output.Format;
import shop.atp.output.Tables;

import java.util.List;

/** `allocate`: who gets which units, in FIFO order, with the promised date and place in the queue. */
@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = "A row per allocation piece in FIFO order: where each open order line's units come from "
                + "(on-hand, a PO, production or none), the promised ship date, and the line's place in its "
                + "SKU's backorder queue.",
        footerHeading = "%nExample:%n",
        footer = "  atp allocate --data examples --as-of 2026-11-24 --sku 'TEE-*'")
final class AllocateCommand extends ShopCommand {

    @Override
    public Integer call() {
        Session s = session();
        s.format(Format.TABLE, Format.CSV, Format.TSV, Format.JSON);
        List<RankedPiece> pieces = s.selection().pieces(s.analysis().allocation().pieces());
        s.print(Tables.allocate(pieces, s.policy().timezone()));
        return ExitCodes.OK;
    }
}
