package shop.atp.input;

import shop.atp.input.csv.CsvRow;

import java.util.List;
import java.util.function.Function;

/**
 * Reads records of one file into {@link ShopRow}s: the row's shape (fields against the
 * header, text that was not UTF-8), then its cells through the file's {@link RowReader}.
 * Holds state of its own only (its cells, dates and SKU names), so that a second one can
 * read batches of the same file on another core.
 */
final class RowConverter implements Function<CsvRow, ShopRow> {

    static final String NOT_UTF8 = "holds bytes that are not UTF-8 text; save the file as UTF-8";

    private final int width;
    private final RowCells cells;
    private final RowReader rows;

    RowConverter(int width, RowCells cells, RowReader rows) {
        this.width = width;
        this.cells = cells;
        this.rows = rows;
    }

    @Override
    public ShopRow apply(CsvRow record) {
        cells.startRow(record);
        if (record.undecodableCell() >= 0) {
            cells.problem(NOT_UTF8);
        } else if (record.size() < width || hasExtraCells(record)) {
            cells.problem("has " + record.size() + " fields, the header has " + width);
        } else {
            ShopRow row = rows.read(record.line());
            if (row != null) {
                return row;
            }
        }
        return new ShopRow.Invalid(record.line(), List.copyOf(cells.problems()), record.cells());
    }

    /** Extra cells beyond the header are tolerated only when empty (a trailing delimiter). */
    private boolean hasExtraCells(CsvRow record) {
        for (int i = width; i < record.size(); i++) {
            if (!record.isEmpty(i)) {
                return true;
            }
        }
        return false;
    }
}
