package shop.atp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * SPEC "What-if: a PO that moves": runs as if purchase-orders.csv had given some PO lines
 * another expected_date (status unchanged). A change names a whole PO or one line of it
 * ({@code PO:SKU}, which wins over its PO's change on that line), and sets a date or moves
 * the date by whole days. The lines it moved are kept, for the {@code what-if:} lines and
 * to tell a change that named nothing.
 */
public final class WhatIf {

    /** No change: the files as they are. */
    public static final WhatIf NONE = new WhatIf(List.of());

    /**
     * One change as given: {@code option} is the words on the command line (for messages),
     * {@code target} a PO number or {@code PO:SKU}; exactly one of {@code date} and
     * {@code delayDays} is set.
     */
    public record Change(String option, String target, LocalDate date, Integer delayDays) {

        public Change {
            if ((date == null) == (delayDays == null)) {
                throw new IllegalArgumentException("a change sets a date or a delay");
            }
        }

        LocalDate applyTo(LocalDate expected) {
            if (date != null) {
                return date;
            }
            return expected == null ? null : expected.plusDays(delayDays);
        }
    }

    /** A PO line the what-if moved: {@code to} is null when a delay met a line with no date. */
    public record Moved(Change change, String po, String sku, int file, int line, LocalDate from, LocalDate to) {
    }

    private final Map<String, Change> byTarget = new LinkedHashMap<>();
    /** Moved lines by file and line: a file read again in one go moves them again. */
    private final Map<Long, Moved> moved = new TreeMap<>();
    /** The changes that named a PO line of the files, moved or not (a line that brings nothing is not moved). */
    private final java.util.Set<Change> named = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public WhatIf(List<Change> changes) {
        for (Change c : changes) {
            Change same = byTarget.putIfAbsent(c.target(), c);
            if (same != null) {
                throw new IllegalArgumentException(c.option() + " changes " + c.target() + " again (after " + same.option() + ")");
            }
        }
    }

    public boolean isEmpty() {
        return byTarget.isEmpty();
    }

    public List<Change> changes() {
        return List.copyOf(byTarget.values());
    }

    /**
     * The expected date of the PO line {@code po}/{@code sku} (line {@code line} of file
     * {@code file}) in this what-if: its own when no change names it, or when it brings
     * nothing ({@code bringsStock} false: received, closed, cancelled), whose date matters to no one.
     */
    public LocalDate expectedDate(String po, String sku, int file, int line, LocalDate expected, boolean bringsStock) {
        if (byTarget.isEmpty()) {
            return expected;
        }
        Change c = byTarget.get(po + ":" + sku);
        if (c == null) {
            c = byTarget.get(po);
        }
        if (c == null) {
            return expected;
        }
        named.add(c);
        if (!bringsStock) {
            return expected;
        }
        LocalDate to = c.applyTo(expected);
        synchronized (moved) {
            moved.put((long) file << 32 | line, new Moved(c, po, sku, file, line, expected, to));
        }
        return to == null ? expected : to;
    }

    /** Every line a change moved, in file order. */
    public List<Moved> moved() {
        synchronized (moved) {
            return List.copyOf(moved.values());
        }
    }

    /** The changes that named no PO and no PO line of the files read. */
    public List<Change> unmatched() {
        List<Change> none = new ArrayList<>();
        for (Change c : byTarget.values()) {
            if (!named.contains(c)) {
                none.add(c);
            }
        }
        return none;
    }

    /**
     * One line per change, in the file order of the first PO line each moved (the order of
     * the options is lost once they are parsed): {@code what-if: PO-2047 expected 2026-12-20
     * instead of 2026-12-04}; a change whose lines had different dates gets a line per PO line.
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        Map<Change, List<Moved>> byChange = new LinkedHashMap<>();
        for (Moved m : moved()) {
            byChange.computeIfAbsent(m.change(), c -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<Change, List<Moved>> e : byChange.entrySet()) {
            Change c = e.getKey();
            List<Moved> mine = e.getValue();
            boolean alike = mine.stream().allMatch(m -> Objects.equals(m.from(), mine.get(0).from()));
            if (alike) {
                lines.add(line(c.target(), mine.get(0)));
            } else {
                for (Moved m : mine) {
                    lines.add(line(m.po() + ":" + m.sku(), m));
                }
            }
        }
        return lines;
    }

    private static String line(String what, Moved m) {
        return "what-if: " + what + " expected " + m.to() + " instead of " + (m.from() == null ? "no date" : m.from());
    }
}
