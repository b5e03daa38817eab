package shop.atp.input;

import shop.atp.input.csv.CsvRow;

/**
 * The mark an exporter puts before a cell that a spreadsheet would take for a formula, taken
 * off as the platform's own importer does (a format's {@code formula_escape:} key).
 * WooCommerce's product exporter writes {@code '} before text starting with {@code = + - @},
 * tab or CR (older versions before numbers too: a Stock of {@code '-3}); its importer
 * ({@code unescape_data}) removes it before {@code = + - @} only, and so does atp.
 */
enum FormulaEscape {
    /** Cells are read as they are. */
    NONE,
    /** A {@code '} before {@code = + - @} is taken off. */
    APOSTROPHE;

    /** Takes the mark off every cell of the record that has it. */
    void undo(CsvRow record) {
        if (this == NONE) {
            return;
        }
        char[] chars = record.chars();
        for (int i = 0; i < record.size(); i++) {
            int start = record.start(i);
            if (record.end(i) - start >= 2 && chars[start] == '\'' && isFormulaStart(chars[start + 1])) {
                record.dropFirstChar(i);
            }
        }
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }
}
