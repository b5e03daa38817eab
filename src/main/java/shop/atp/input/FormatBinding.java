package shop.atp.input;

import shop.atp.input.csv.CsvRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Format} bound once to one file's header: every rule's header is an index, so a row
 * is made into atp's columns by looking cells up, as atp's own format reads them. The cells
 * come as the file's {@link RowShape} gives them (a group's carried cells filling blanks).
 */
final class FormatBinding {

    private record Test(int index, String test, List<String> words) {
    }

    private record Rule(List<Test> when, int index, String header, Map<String, String> words, String value,
                        int minusIndex, String minus, int sumFrom) {
    }

    private record SkipRule(List<Test> when, String reason) {
    }

    private final Format format;
    private final int width;
    /** Per column of atp's kind, in its column order: the choices, the first that applies winning. */
    private final List<List<Rule>> columns = new ArrayList<>();
    private final String[] canonicalHeader;
    private final RowShape shape;
    private final List<SkipRule> skips = new ArrayList<>();
    private final int sameOrderIndex;
    private final List<Test> sameOrderWhen;
    /** Where {@link #orderId} makes the id, and its problems (none for a cell as it is) go (a binding reads one file, on one core). */
    private final CsvRow idRow = new CsvRow();
    private final List<String> idProblems = new ArrayList<>(0);
    /** Copies of this export's orders in another export read in this run: (platform, id) → where. */
    private java.util.function.BiFunction<String, String, String> copies = (platform, id) -> null;
    private boolean anyCopies;

    private FormatBinding(Format format, String[] header) {
        this.format = format;
        this.width = header.length;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = Column.normalize(header[i]);
            Integer same = name.isEmpty() ? null : index.putIfAbsent(name, i);
            if (same != null) {
                throw new DuplicateColumn(same, i);
            }
        }
        List<Column> kindColumns = format.kind().columns();
        canonicalHeader = new String[kindColumns.size()];
        for (int c = 0; c < kindColumns.size(); c++) {
            canonicalHeader[c] = kindColumns.get(c).name();
            List<Rule> rules = new ArrayList<>();
            for (Format.Choice choice : format.columns().getOrDefault(kindColumns.get(c).name(), List.of())) {
                rules.add(new Rule(tests(choice.when(), index), choice.header() == null ? -1 : indexOf(index, choice.header()),
                        choice.header(), choice.words(), choice.value(),
                        choice.minus() == null ? -1 : indexOf(index, choice.minus()), choice.minus(),
                        choice.sumAfter() == null ? -1 : indexOf(index, choice.sumAfter()) + 1));
            }
            columns.add(rules);
        }
        shape = new RowShape(format.groupBy() == null ? -1 : indexOf(index, format.groupBy()),
                format.carry().stream().mapToInt(h -> indexOf(index, h)).filter(i -> i >= 0).toArray());
        for (Format.Skip s : format.skips()) {
            skips.add(new SkipRule(tests(s.when(), index), s.reason()));
        }
        sameOrderIndex = format.sameOrder() == null ? -1 : indexOf(index, format.sameOrder().header());
        sameOrderWhen = format.sameOrder() == null ? List.of() : tests(format.sameOrder().when(), index);
    }

    /** Two cells of the header are the same column (their names differ only in case, spaces, '_' or '-'). */
    static final class DuplicateColumn extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int first;
        final int second;

        DuplicateColumn(int first, int second) {
            super("duplicate column");
            this.first = first;
            this.second = second;
        }
    }

    static FormatBinding bind(Format format, String[] header) {
        return new FormatBinding(format, header);
    }

    /**
     * The file's own header for each of atp's columns taken from a cell as it is (the first such
     * rule whose header the file has), as the file spells it: an upload file written back to the
     * platform copies it (Shopify's {@code Handle} or {@code URL handle}).
     */
    Map<String, String> headersAsSpelled(String[] header) {
        return headers(header, false);
    }

    /**
     * The file's own header for each of atp's columns read from a cell (as it is, through a
     * word map, or less another cell): the name a problem with that column gives.
     */
    Map<String, String> headersNamingProblems(String[] header) {
        return headers(header, true);
    }

    /** Per column of atp's, the header of the first rule that reads a cell (one less another only {@code withMinus}). */
    private Map<String, String> headers(String[] header, boolean withMinus) {
        Map<String, String> named = new java.util.LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            for (Rule r : columns.get(c)) {
                if (r.index() >= 0 && r.value() == null && r.sumFrom() <= 0 && (withMinus || r.minus() == null)) {
                    named.put(canonicalHeader[c], header[r.index()]);
                    break;
                }
            }
        }
        return named;
    }

    private static int indexOf(Map<String, Integer> index, String header) {
        return index.getOrDefault(Column.normalize(header), -1);
    }

    private static List<Test> tests(List<Format.Condition> when, Map<String, Integer> index) {
        List<Test> tests = new ArrayList<>();
        for (Format.Condition c : when) {
            tests.add(new Test(indexOf(index, c.header()), c.test(), c.words()));
        }
        return tests;
    }

    Format format() {
        return format;
    }

    /** Cells the export's header has: a row must have as many. */
    int width() {
        return width;
    }

    /** atp's columns, in the order the rows this binding makes have them. */
    String[] canonicalHeader() {
        return canonicalHeader.clone();
    }

    /**
     * Takes the next record of the file (see {@link RowShape#next}), the mark the format's
     * exporter puts before a formula-like cell taken off first.
     */
    void next(CsvRow record) {
        format.formulaEscape().undo(record);
        shape.next(record);
    }

    /**
     * How to find a copy of this export's order in another export read in this run (a TikTok
     * order synced into Shopify): (platform, order id) → where the copy is, or null.
     */
    void copies(java.util.function.BiFunction<String, String, String> lookup, boolean any) {
        this.copies = lookup;
        this.anyCopies = any;
    }

    /** The id this format's sameOrder rule finds in the record (another platform's order id), or null. */
    String copiedOrderId() {
        if (sameOrderIndex < 0 || !holds(sameOrderWhen)) {
            return null;
        }
        java.util.regex.Matcher m = format.sameOrder().pattern().matcher(shape.cell(sameOrderIndex));
        return m.find() ? m.group(1) : null;
    }

    /** The record's order id, as the format makes atp's order_id column. */
    String orderId() {
        idRow.startMade(shape.record().line());
        idProblems.clear();
        add(idRow, columns.get(0), idProblems);
        return idRow.cell(0);
    }

    /** Why the record is not data (a copy of an order read from another export, or its format's skip rule), or null. */
    String skipReason() {
        if (anyCopies && format.kind() == InputKind.ORDERS && format.platform() != null) {
            String where = copies.apply(format.platform(), orderId());
            if (where != null) {
                return "the same order as " + where + ", counted there";
            }
        }
        for (SkipRule s : skips) {
            if (holds(s.when())) {
                return s.reason();
            }
        }
        return null;
    }

    /**
     * The record in atp's columns, into {@code out}; a word the format does not know adds a
     * problem. A cell taken as it is gets copied as chars: no String per cell, as atp's own
     * format reads its rows.
     */
    void translate(CsvRow out, List<String> problems) {
        out.startMade(shape.record().line());
        for (List<Rule> rules : columns) {
            add(out, rules, problems);
        }
    }

    private void add(CsvRow out, List<Rule> rules, List<String> problems) {
        for (Rule r : rules) {
            if (!holds(r.when())) {
                continue;
            }
            if (r.value() != null) {
                out.addText(r.value());
                return;
            }
            if (r.sumFrom() > 0) {
                out.addText(sum(r.sumFrom(), problems));
                return;
            }
            if (r.minus() != null) {
                out.addText(difference(r, problems));
                return;
            }
            if (r.words() == null) {
                shape.addCell(out, r.index());
                return;
            }
            String cell = shape.cell(r.index());
            if (cell.isEmpty()) {
                out.addText("");
                return;
            }
            String word = r.words().get(cell.toLowerCase(Locale.ROOT));
            if (word == null) {
                problems.add(r.header() + " \"" + cell + "\" is not a word the " + format.name() + " format knows; it knows: "
                        + String.join(", ", r.words().keySet()));
                out.addText("");
                return;
            }
            out.addText(word);
            return;
        }
        out.addText("");
    }

    /** header − minus, both whole numbers (a blank minus is 0); the header's cell as it is when it is not a number. */
    private String difference(Rule r, List<String> problems) {
        String a = shape.cell(r.index());
        String b = shape.cell(r.minusIndex());
        java.math.BigDecimal x = whole(a);
        if (b.isEmpty() || x == null) {
            return a;
        }
        java.math.BigDecimal y = whole(b);
        if (y == null) {
            problems.add(r.minus() + " \"" + b + "\" is not a whole number");
            return a;
        }
        return x.subtract(y).toPlainString();
    }

    /** The sum of the whole numbers from cell {@code from} on ("not stocked" and blank cells are 0). */
    private String sum(int from, List<String> problems) {
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (int i = from; i < shape.size(); i++) {
            String cell = shape.own(i);
            if (cell.isEmpty() || cell.equalsIgnoreCase("not stocked")) {
                continue;
            }
            java.math.BigDecimal n = whole(cell);
            if (n == null) {
                problems.add("\"" + cell + "\" (column " + (i + 1) + ") is not a whole number of units");
                continue;
            }
            total = total.add(n);
        }
        return total.toPlainString();
    }

    /** A whole number as the readers accept one (12 or 12.0), or null. */
    private static java.math.BigDecimal whole(String text) {
        if (!text.matches("[-+]?[0-9]{1,15}(\\.0*)?")) {
            return null;
        }
        return new java.math.BigDecimal(text).setScale(0, java.math.RoundingMode.UNNECESSARY);
    }

    private boolean holds(List<Test> tests) {
        for (Test t : tests) {
            if (t.index() < 0) {
                // a header the file lacks: no condition on it holds
                return false;
            }
            boolean ok = switch (t.test()) {
                case "present" -> !shape.isBlank(t.index());
                case "blank" -> shape.isBlank(t.index());
                default -> isOneOf(shape.cell(t.index()).toLowerCase(Locale.ROOT), t.words());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The word is one of {@code words}; a word ending in * matches every word it starts (shipped - *). */
    private static boolean isOneOf(String word, List<String> words) {
        for (String w : words) {
            if (w.endsWith("*") ? word.startsWith(w.substring(0, w.length() - 1)) : word.equals(w)) {
                return true;
            }
        }
        return false;
    }
}
