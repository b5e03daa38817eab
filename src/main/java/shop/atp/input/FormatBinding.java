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

    private record Rule(List<Test> when, int index, String header, Map<String, String> words, String value) {
    }

    private record SkipRule(List<Test> when, String reason) {
    }

    private final Format format;
    private final int width;
    /** Per column of atp's kind, in its column order: the choices, the first that applies winning. */
    private final List<List<Rule>> columns = new ArrayList<>();
    private final String[] canonicalHeader;
    private final int groupIndex;
    private final int[] carried;
    private final String[] carriedValues;
    private final List<SkipRule> skips = new ArrayList<>();
    private String group;
    private CsvRow raw;

    private FormatBinding(Format format, String[] header) {
        this.format = format;
        this.width = header.length;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            index.putIfAbsent(Column.normalize(header[i]), i);
        }
        List<Column> kindColumns = format.kind().columns();
        canonicalHeader = new String[kindColumns.size()];
        for (int c = 0; c < kindColumns.size(); c++) {
            canonicalHeader[c] = kindColumns.get(c).name();
            List<Rule> rules = new ArrayList<>();
            for (Format.Choice choice : format.columns().getOrDefault(kindColumns.get(c).name(), List.of())) {
                rules.add(new Rule(tests(choice.when(), index), choice.header() == null ? -1 : indexOf(index, choice.header()),
                        choice.header(), choice.words(), choice.value()));
            }
            columns.add(rules);
        }
        groupIndex = format.groupBy() == null ? -1 : indexOf(index, format.groupBy());
        carried = format.carry().stream().mapToInt(h -> indexOf(index, h)).filter(i -> i >= 0).toArray();
        carriedValues = new String[carried.length];
        for (Format.Skip s : format.skips()) {
            skips.add(new SkipRule(tests(s.when(), index), s.reason()));
        }
    }

    static FormatBinding bind(Format format, String[] header) {
        return new FormatBinding(format, header);
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

    /** Takes the next record of the file: its group, and the cells carried from its group's first row. */
    void next(CsvRow record) {
        raw = record;
        if (groupIndex < 0) {
            return;
        }
        String key = own(groupIndex);
        if (!key.equals(group)) {
            group = key;
            for (int i = 0; i < carried.length; i++) {
                carriedValues[i] = own(carried[i]);
            }
        }
    }

    /** Why the record is not data (its format's skip rule), or null when it is. */
    String skipReason() {
        for (SkipRule s : skips) {
            if (holds(s.when())) {
                return s.reason();
            }
        }
        return null;
    }

    /** The record in atp's columns, into {@code out}; a word the format does not know adds a problem. */
    void translate(CsvRow out, List<String> problems) {
        String[] cells = new String[columns.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = value(columns.get(c), problems);
        }
        out.fill(raw.line(), cells);
    }

    private String value(List<Rule> rules, List<String> problems) {
        for (Rule r : rules) {
            if (!holds(r.when())) {
                continue;
            }
            if (r.value() != null) {
                return r.value();
            }
            String cell = cell(r.index());
            if (r.words() == null || cell.isEmpty()) {
                return cell;
            }
            String word = r.words().get(cell.toLowerCase(Locale.ROOT));
            if (word == null) {
                problems.add(r.header() + " \"" + cell + "\" is not a word the " + format.name() + " format knows; it knows: "
                        + String.join(", ", r.words().keySet()));
                return "";
            }
            return word;
        }
        return "";
    }

    private boolean holds(List<Test> tests) {
        for (Test t : tests) {
            String cell = cell(t.index());
            boolean ok = switch (t.test()) {
                case "present" -> !cell.isEmpty();
                case "blank" -> cell.isEmpty();
                default -> t.words().contains(cell.toLowerCase(Locale.ROOT));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The cell as the row shape gives it: the record's own, or its group's first row's when blank and carried. */
    private String cell(int index) {
        String own = own(index);
        if (own.isEmpty()) {
            for (int i = 0; i < carried.length; i++) {
                if (carried[i] == index && carriedValues[i] != null) {
                    return carriedValues[i];
                }
            }
        }
        return own;
    }

    private String own(int index) {
        return index < 0 || index >= raw.size() ? "" : raw.cell(index);
    }
}
