package shop.atp.input;

/**
 * Splits the part of a line that holds a quote into cells, the way opencsv's RFC4180Parser
 * (atp's parser until it wrote its own) does, odd input included: a quote only opens a
 * quoted cell at the cell's first char; a quote elsewhere is kept as written; text after a
 * closing quote joins the cell; and a last cell whose quotes do not pair up goes on over the
 * next line. Exports were read this way, so the same file must give the same rows.
 *
 * <p>Works in place on the scanner's buffer: the cells it finds are ranges of it, and
 * unquoting ({@code "a ""b"""} to {@code a "b"}) moves chars to the left within the cell.
 */
final class QuotedLine {

    private static final char QUOTE = '"';

    private QuotedLine() {
    }

    /**
     * Adds the cells of {@code b[from, to)} (the line from the first cell holding a quote on)
     * to {@code cells}, unquoted.
     *
     * @return true when the last cell's quotes do not pair up: it goes on, after a line
     *         break, with the next line, and is left as written (the caller takes it off)
     */
    static boolean split(char[] b, int from, int to, char delimiter, CellRanges cells) {
        int first = cells.count;
        int at = from;
        while (at < to) {
            int nextDelimiter = indexOf(b, delimiter, at, to);
            int nextQuote = indexOf(b, QUOTE, at, to);
            if (nextDelimiter < 0) {
                cells.add(at, to);
                at = to;
            } else if (nextQuote != at || nextQuote > nextDelimiter) {
                cells.add(at, nextDelimiter);
                at = nextDelimiter + 1;
            } else {
                int end = endOfQuotedCell(b, at, to, delimiter);
                cells.add(at, end);
                at = end + 1;
            }
        }
        int last = cells.count - 1;
        boolean goesOn = quotesDoNotPairUp(b, cells.starts[last], cells.ends[last]);
        if (!goesOn && b[to - 1] == delimiter) {
            cells.add(to, to);
        }
        int complete = goesOn ? last : cells.count;
        for (int i = first; i < complete; i++) {
            unquote(b, cells, i);
        }
        return goesOn;
    }

    /**
     * Where a cell that starts with a quote ends: at the delimiter after the quote that
     * closes it, else at the end of the line. (opencsv's findEndOfFieldFromPosition, whose
     * way of pairing quotes this keeps.)
     */
    private static int endOfQuotedCell(char[] b, int at, int to, char delimiter) {
        int quote = indexOf(b, QUOTE, at + 1, to);
        boolean inQuote = false;
        while (quote >= 0 && quote < to - 1) {
            if (!inQuote && b[quote + 1] == delimiter) {
                return quote + 1;
            }
            do {
                quote = indexOf(b, QUOTE, quote + 1, to);
                inQuote = !inQuote;
            } while (quote >= 0 && quote < to - 1 && b[quote + 1] == QUOTE);
        }
        return to;
    }

    /** Opens with a quote it does not close, or holds an odd number of quotes. */
    private static boolean quotesDoNotPairUp(char[] b, int start, int end) {
        int quotes = count(b, start, end);
        boolean opensOnly = end > start && b[start] == QUOTE && b[end - 1] != QUOTE;
        return opensOnly || quotes % 2 != 0;
    }

    /**
     * Drops the quotes around a cell (when it has more than one quote and starts with one)
     * and turns each {@code ""} into {@code "}.
     */
    private static void unquote(char[] b, CellRanges cells, int i) {
        int start = cells.starts[i];
        int end = cells.ends[i];
        int quotes = count(b, start, end);
        if (quotes == 0) {
            return;
        }
        if (quotes != 1 && b[start] == QUOTE) {
            start++;
            if (end > start && b[end - 1] == QUOTE) {
                end--;
            }
        }
        int to = start;
        for (int from = start; from < end; from++) {
            char c = b[from];
            b[to++] = c;
            if (c == QUOTE && from + 1 < end && b[from + 1] == QUOTE) {
                from++;
            }
        }
        cells.starts[i] = start;
        cells.ends[i] = to;
    }

    private static int count(char[] b, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (b[i] == QUOTE) {
                n++;
            }
        }
        return n;
    }

    private static int indexOf(char[] b, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
