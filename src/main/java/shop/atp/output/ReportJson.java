package shop.atp.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;


/** The report as one JSON object: as_of, the headline counts, and an array of row objects per section. */
public final class ReportJson {

    private ReportJson() {
    }

    public static void write(ReportDocument doc, Writer out) throws IOException {
        out.write("{\n  \"as_of\": \"" + doc.report().asOf() + "\",\n");
        out.write("  \"errors\": " + doc.report().count(shop.atp.domain.Severity.ERROR) + ",\n");
        out.write("  \"warnings\": " + doc.report().count(shop.atp.domain.Severity.WARNING) + ",\n");
        List<ReportDocument.Section> sections = doc.sections();
        for (int s = 0; s < sections.size(); s++) {
            out.write("  \"" + sections.get(s).key() + "\": ");
            TableWriter.jsonArray(sections.get(s).table(), out, "  ");
            out.write(s < sections.size() - 1 ? ",\n" : "\n");
        }
        out.write("}\n");
    }
}
