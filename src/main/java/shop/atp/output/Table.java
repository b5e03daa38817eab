package shop.atp.output;

import java.util.List;
import java.util.function.Function;

/**
 * Rows to print, with their column names. Cells are text, whole numbers (Long, Integer,
 * BigDecimal), dates, or null for blank. Rows are produced on demand from the domain's
 * lists, so a million allocation pieces are never held twice.
 */
public record Table(List<String> columns, Iterable<Object[]> rows) {

    public static <T> Table of(List<String> columns, List<T> items, Function<T, Object[]> toRow) {
        return new Table(columns, () -> items.stream().map(toRow).iterator());
    }

    public static Table ofRows(List<String> columns, List<Object[]> rows) {
        return new Table(columns, rows);
    }
}
