package shop.atp.domain;

import java.util.List;

/**
 * What reading one input file gave: rows read = rows used + rows rejected, and the lines of
 * the rejected rows (all of them, in file order).
 */
public record FileSummary(String file, boolean present, long rowsRead, long rowsUsed, List<Integer> rejectedLines) {

    public long rowsRejected() {
        return rejectedLines.size();
    }
}
