package shop.atp.domain;

import java.util.List;
import java.util.Map;

/**
 * What reading one input file gave: rows read = rows used + rows rejected + rows skipped, the
 * lines of the rejected rows (all of them, in file order), and the skipped rows' count per
 * reason (rows the file's format says are not data). {@code kind} and {@code format} say what
 * the file was read as ("" when not known).
 */
public record FileSummary(String file, boolean present, long rowsRead, long rowsUsed, List<Integer> rejectedLines,
                          String kind, String format, Map<String, Long> skipped) {

    public FileSummary(String file, boolean present, long rowsRead, long rowsUsed, List<Integer> rejectedLines) {
        this(file, present, rowsRead, rowsUsed, rejectedLines, "", "", Map.of());
    }

    public FileSummary(String file, boolean present, long rowsRead, long rowsUsed, List<Integer> rejectedLines,
                       String kind, String format) {
        this(file, present, rowsRead, rowsUsed, rejectedLines, kind, format, Map.of());
    }

    public long rowsSkipped() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rowsRejected() {
        return rejectedLines.size();
    }
}
