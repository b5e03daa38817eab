package shop.atp.output;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * Rows to print, with their column names. Cells are text, whole numbers (Long, Integer,
 * BigDecimal), dates, or null for blank. Rows are produced on demand from the domain's
 * lists, so a million allocation pieces are never held twice; any row can be asked for, so
 * that rows can be formatted on every core.
 */
public record Table(List<String> columns, List<Object[]> rows) {

    public static <T> Table of(List<String> columns, List<T> items, Function<T, Object[]> toRow) {
        List<T> list = items instanceof RandomAccess ? items : new ArrayList<>(items);
        return new Table(columns, new Rows<>(list, toRow));
    }

    public static Table ofRows(List<String> columns, List<Object[]> rows) {
        return new Table(columns, rows);
    }

    /** The items' rows, each made when asked for. */
    private static final class Rows<T> extends AbstractList<Object[]> implements RandomAccess {
        private final List<T> items;
        private final Function<T, Object[]> toRow;

        Rows(List<T> items, Function<T, Object[]> toRow) {
            this.items = items;
            this.toRow = toRow;
        }

        @Override
        public Object[] get(int index) {
            return toRow.apply(items.get(index));
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}
