package shop.atp.output;

import java.math.BigDecimal;

/** How one cell reads as text, and whether it is a number. */
final class Cells {

    private Cells() {
    }

    static boolean isNumber(Object cell) {
        return cell instanceof Long || cell instanceof Integer || cell instanceof BigDecimal;
    }

    /**
     * A character a terminal must not be sent as it is: a control character (DEL, C1; the C0
     * ones are the caller's, for its line breaks), a line or paragraph separator, or an
     * invisible format character (right-to-left overrides and isolates, marks, zero-width
     * spaces and joiners, the BOM), with which a cell could show other text than it holds.
     * The same characters make a SKU invalid (input's RowCells).
     */
    static boolean hidesText(char c) {
        int type = Character.getType(c);
        return c == 0x7f || (c >= 0x80 && c <= 0x9f) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return cell.toString();
    }

    /**
     * For a terminal: control characters (line breaks, tabs, escape sequences a file could use
     * to rewrite the screen) and characters that reorder or hide text are shown as spaces or
     * '?', never sent as they are.
     */
    static String printable(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || hidesText(c)) {
                if (b == null) {
                    b = new StringBuilder(text.substring(0, i));
                }
                b.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : '?');
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }
}
