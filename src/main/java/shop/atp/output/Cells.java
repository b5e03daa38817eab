package shop.atp.output;

import java.math.BigDecimal;

/** How one cell reads as text, and whether it is a number. */
final class Cells {

    private Cells() {
    }

    static boolean isNumber(Object cell) {
        return cell instanceof Long || cell instanceof Integer || cell instanceof BigDecimal;
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
     * to rewrite the screen) are shown as spaces or '?', never sent as they are.
     */
    static String printable(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
            if (control) {
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
