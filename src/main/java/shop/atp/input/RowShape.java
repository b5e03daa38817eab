package shop.atp.input;

import shop.atp.input.csv.CsvRow;

import java.util.Map;

/**
 * The row shape of a platform's export, as one file's records come: the group (an order) the
 * record belongs to, and the cells its group's first rows gave for the columns its later rows
 * leave blank. Gives each cell as the shape makes it: the record's own, or its group's when
 * blank and carried.
 */
final class RowShape {

    /** Groups whose carried cells are kept: enough for any order's rows listed near each other. */
    private static final int GROUPS_KEPT = 4096;

    /** The column holding the group's key, or -1 when rows are not grouped. */
    private final int groupIndex;
    /** The columns a group's rows carry, and their values for the current group. */
    private final int[] carried;
    private String[] carriedValues;
    private final Map<String, String[]> groups = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
            return size() > GROUPS_KEPT;
        }
    };
    private String group;
    private CsvRow raw;

    /**
     * @param groupIndex the column of the group's key, or -1
     * @param carry      the columns a group's later rows take from its first ones when blank
     */
    RowShape(int groupIndex, int[] carry) {
        this.groupIndex = groupIndex;
        int[] columns = carry;
        if (groupIndex >= 0 && java.util.Arrays.stream(carry).noneMatch(i -> i == groupIndex)) {
            // a row with a blank key takes its group's key too
            columns = java.util.Arrays.copyOf(carry, carry.length + 1);
            columns[carry.length] = groupIndex;
        }
        this.carried = columns;
        this.carriedValues = new String[columns.length];
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

    /** The cell as the row shape gives it, copied: the record's own, or its group's first row's when blank and carried. */
    void addCell(CsvRow out, int index) {
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

    /** The cell is blank as the row shape gives it (a column the record lacks is blank). */
    boolean isBlank(int index) {
        if (index < 0 || index >= raw.size()) {
            return true;
        }
        return raw.isEmpty(index) && cell(index).isEmpty();
    }

    /** The cell as the row shape gives it: the record's own, or its group's first row's when blank and carried. */
    String cell(int index) {
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

    /** The record's own cell, "" for a column it lacks. */
    String own(int index) {
        return index < 0 || index >= raw.size() ? "" : raw.cell(index);
    }

    /** Cells the record has. */
    int size() {
        return raw.size();
    }

    /** The record as it is. */
    CsvRow record() {
        return raw;
    }
}
