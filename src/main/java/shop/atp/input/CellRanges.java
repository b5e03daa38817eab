package shop.atp.input;

import java.util.Arrays;

/**
 * Where the cells of the current record lie in {@link CsvRecords}' buffer: cell {@code i} is
 * the chars from {@code starts[i]} up to {@code ends[i]}. Reused for every record, so a row
 * costs no array.
 */
final class CellRanges {

    int[] starts = new int[32];
    int[] ends = new int[32];
    int count;

    void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    void clear() {
        count = 0;
    }

    void removeLast() {
        count--;
    }

    /** The buffer's chars moved {@code by} places to the front. */
    void moved(int by) {
        for (int i = 0; i < count; i++) {
            starts[i] -= by;
            ends[i] -= by;
        }
    }
}
