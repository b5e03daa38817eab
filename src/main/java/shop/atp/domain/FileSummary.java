package shop.atp.domain;

import java.util.List;

/**
 * What reading one input file gave: rows read = rows used + rows rejected, and the lines of
 * the rejected rows (all of them, in file order). {@code kind} and {@code format} say what the
 * file was read as ("" when not known).
 */
public record FileSummary(String file, boolean present, long rowsRead, long rowsUsed, List<Integer> rejectedLines,
                          String kind, String format) {

    public FileSummary(String file, boolean present, long rowsRead, long rowsUsed, List<Integer> rejectedLines) {
        this(file, present, rowsRead, rowsUsed, rejectedLines, "", "");
    }

    public long rowsRejected() {
        return rejectedLines.size();
    }
}
