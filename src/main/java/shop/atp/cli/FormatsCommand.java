package shop.atp.cli;

import picocli.CommandLine.Command;
import shop.atp.output.Format;
import shop.atp.output.Tables;

/** `formats`: every format atp reads exports through. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "Every known export format: name, kind of file, the signature columns that recognise it, where a "
                + "line's channel comes from, and where the format is defined (built in, or DATA/formats/).",
        footerHeading = "%nExample:%n",
        footer = "  atp formats --data examples")
final class FormatsCommand extends ShopCommand {

    @Override
    public Integer call() {
        Session s = session();
        s.format(Format.TABLE, Format.CSV, Format.TSV, Format.JSON);
        s.print(Tables.formats(s.formats().all()));
        return ExitCodes.OK;
    }
}
