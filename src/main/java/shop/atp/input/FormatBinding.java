package shop.atp.input;

import shop.atp.input.csv.CsvRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Format} bound once to one file's header: every rule's header is an index, so a row
 * is made into atp's columns by looking cells up, as atp's own format reads them. Keeps the
 * state of the row shape: the group the last rows were in, and the cells its first row gave
 * for the columns the others leave blank.
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
    private final int groupIndex;
    private int[] carried;
    private String[] carriedValues;
    private final List<SkipRule> skips = new ArrayList<>();
    private String group;
    private CsvRow raw;
    private final int sameOrderIndex;
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
        groupIndex = format.groupBy() == null ? -1 : indexOf(index, format.groupBy());
        carried = format.carry().stream().mapToInt(h -> indexOf(index, h)).filter(i -> i >= 0).toArray();
        carriedValues = new String[carried.length];
        if (groupIndex >= 0 && java.util.Arrays.stream(carried).noneMatch(i -> i == groupIndex)) {
            // a row with a blank key takes its group's key too
            int[] withKey = java.util.Arrays.copyOf(carried, carried.length + 1);
            withKey[carried.length] = groupIndex;
            carried = withKey;
            carriedValues = new String[carried.length];
        }
        for (Format.Skip s : format.skips()) {
            skips.add(new SkipRule(tests(s.when(), index), s.reason()));
        }
        sameOrderIndex = format.sameOrder() == null ? -1 : indexOf(index, format.sameOrder().header());
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
        Map<String, String> spelled = new java.util.LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            for (Rule r : columns.get(c)) {
                if (r.index() >= 0 && r.value() == null && r.sumFrom() <= 0 && r.minus() == null) {
                    spelled.put(canonicalHeader[c], header[r.index()]);
                    break;
                }
            }
        }
        return spelled;
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
     * Takes the next record of the file: its group and the cells its group carries. Carried
     * cells go by the group's key, never by position: a group's values are the first non-blank
     * ones its rows gave, kept for the last {@link #GROUPS_KEPT} groups (an export lists an
     * order's rows together; a row far from its order's others gets its own cells only). A
     * row with a blank key continues the group above it (exports that write the key on an
     * order's first row only).
     */
    void next(CsvRow record) {
        raw = record;
        if (groupIndex < 0) {
            return;
        }
        boolean continuing = group != null && (sameAsGroup(groupIndex) || own(groupIndex).isEmpty());
        if (!continuing) {
            group = own(groupIndex);
            String[] kept = groups.get(group);
            if (kept == null) {
                kept = new String[carried.length];
                groups.put(group, kept);
            }
            carriedValues = kept;
        }
        for (int i = 0; i < carried.length; i++) {
            int c = carried[i];
            // a String only for a cell that fills a blank: most rows carry nothing new
            if ((carriedValues[i] == null || carriedValues[i].isEmpty()) && c < raw.size() && !raw.isEmpty(c)) {
                carriedValues[i] = own(c);
            } else if (carriedValues[i] == null) {
                carriedValues[i] = "";
            }
        }
    }

    /** Groups whose carried cells are kept: enough for any order's rows listed near each other. */
    private static final int GROUPS_KEPT = 4096;
    private final Map<String, String[]> groups = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
            return size() > GROUPS_KEPT;
        }
    };

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
        if (sameOrderIndex < 0) {
            return null;
        }
        java.util.regex.Matcher m = format.sameOrder().pattern().matcher(cell(sameOrderIndex));
        return m.find() ? m.group(1) : null;
    }

    /** The record's order id, as the format makes atp's order_id column. */
    String orderId() {
        CsvRow one = new CsvRow();
        one.startMade(raw.line());
        add(one, columns.get(0), new ArrayList<>());
        return one.cell(0);
    }

    /** Why the record is not data (its format's skip rule, or a copy of an order read from another export), or null. */
    String skipReason() {
        for (SkipRule s : skips) {
            if (holds(s.when())) {
                return s.reason();
            }
        }
        if (anyCopies && format.kind() == InputKind.ORDERS && format.platform() != null) {
            String where = copies.apply(format.platform(), orderId());
            if (where != null) {
                return "the same order as " + where + ", counted there";
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
        out.startMade(raw.line());
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
                addCell(out, r.index());
                return;
            }
            String cell = cell(r.index());
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
        String a = cell(r.index());
        String b = cell(r.minusIndex());
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
        for (int i = from; i < raw.size(); i++) {
            String cell = own(i);
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

    /** The cell as the row shape gives it, copied: the record's own, or its group's first row's when blank and carried. */
    private void addCell(CsvRow out, int index) {
        if (index >= 0 && index < raw.size() && raw.isEmpty(index)) {
            String carriedValue = carriedValue(index);
            if (carriedValue != null) {
                out.addText(carriedValue);
                return;
            }
        }
        out.addCopy(raw, index);
    }

    /** The value the group's first row gave the column, when the format carries it; else null. */
    private String carriedValue(int index) {
        for (int i = 0; i < carried.length; i++) {
            if (carried[i] == index && carriedValues[i] != null) {
                return carriedValues[i];
            }
        }
        return null;
    }

    private boolean holds(List<Test> tests) {
        for (Test t : tests) {
            if (t.index() < 0) {
                // a header the file lacks: no condition on it holds
                return false;
            }
            boolean ok = switch (t.test()) {
                case "present" -> !isBlank(t.index());
                case "blank" -> isBlank(t.index());
                default -> isOneOf(cell(t.index()).toLowerCase(Locale.ROOT), t.words());
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

    private boolean isBlank(int index) {
        if (index < 0 || index >= raw.size()) {
            return true;
        }
        return raw.isEmpty(index) && cell(index).isEmpty();
    }

    /** The cell as the row shape gives it: the record's own, or its group's first row's when blank and carried. */
    private String cell(int index) {
        String own = own(index);
        String carriedValue = own.isEmpty() ? carriedValue(index) : null;
        return carriedValue != null ? carriedValue : own;
    }

    /** Whether the record's group cell is the current group's key, compared as chars. */
    private boolean sameAsGroup(int index) {
        if (index >= raw.size()) {
            return group.isEmpty();
        }
        int from = raw.start(index);
        int length = raw.end(index) - from;
        if (length != group.length()) {
            return false;
        }
        char[] c = raw.chars();
        for (int i = 0; i < length; i++) {
            if (c[from + i] != group.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String own(int index) {
        return index < 0 || index >= raw.size() ? "" : raw.cell(index);
    }
}
