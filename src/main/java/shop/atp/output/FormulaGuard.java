package shop.atp.output;

/**
 * Spreadsheet formula injection: a text cell that a spreadsheet would run as a formula gets
 * a leading apostrophe in csv and tsv (written by {@link TableWriter}). Numbers are never
 * touched, negative ones included.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static boolean isRisky(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' || c == '\0';
    }
}
