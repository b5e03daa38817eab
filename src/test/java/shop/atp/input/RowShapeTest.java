package shop.atp.input;

import org.junit.jupiter.api.Test;
import shop.atp.input.csv.CsvRow;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The row shape of a grouped export (Shopify's orders: the order's fields on its first row
 * only), record by record: input rows and the cells the shape gives, side by side.
 */
class RowShapeTest {

    private static CsvRow record(int line, String... cells) {
        CsvRow row = new CsvRow();
        row.startMade(line);
        for (String cell : cells) {
            row.addText(cell);
        }
        return row;
    }

    /** Each row (order, sku, created, email; "|" between cells) as the shape gives its four cells. */
    private static List<String> shaped(RowShape shape, String... rows) {
        List<String> out = new ArrayList<>();
        int line = 2;
        for (String row : rows) {
            shape.next(record(line++, row.split("\\|", -1)));
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                cells.add(shape.cell(i));
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    @Test
    void laterRowsOfAGroupTakeItsCarriedCellsWhenBlank() {
        assertThat(shaped(new RowShape(0, new int[]{2, 3}),
                "#1|A|2026-11-20|a@x",
                "#1|B||",
                "|C||",
                "#2|A|2026-11-21|",
                "#2|B||b@x",
                "#1|D||"))
                .containsExactly(
                        "#1|A|2026-11-20|a@x",
                        "#1|B|2026-11-20|a@x",
                        "#1|C|2026-11-20|a@x",       // a blank key continues the group above
                        "#2|A|2026-11-21|",
                        "#2|B|2026-11-21|b@x",       // a group's value is the first non-blank one
                        "#1|D|2026-11-20|a@x");      // by key, not by position
    }

    @Test
    void withoutAGroupEveryRowHasItsOwnCells() {
        assertThat(shaped(new RowShape(-1, new int[0]), "#1|A|2026-11-20|a@x", "#1|B||"))
                .containsExactly("#1|A|2026-11-20|a@x", "#1|B||");
    }

    @Test
    void aRowFarFromItsGroupGetsItsOwnCellsOnly() {
        RowShape shape = new RowShape(0, new int[]{2});
        shape.next(record(2, "#0", "A", "2026-11-20", ""));
        for (int i = 1; i <= 4096; i++) {
            shape.next(record(2 + i, "#" + i, "A", "2026-11-21", ""));
        }
        shape.next(record(5000, "#0", "B", "", ""));
        assertThat(shape.cell(2)).isEmpty();
        assertThat(shape.isBlank(2)).isTrue();
    }

    @Test
    void aColumnTheRecordLacksIsBlank() {
        RowShape shape = new RowShape(0, new int[]{2});
        shape.next(record(2, "#1", "A"));
        assertThat(shape.own(3)).isEmpty();
        assertThat(shape.isBlank(3)).isTrue();
        assertThat(shape.size()).isEqualTo(2);
    }
}
