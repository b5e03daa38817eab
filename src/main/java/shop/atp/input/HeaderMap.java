package shop.atp.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which cell of a row holds which column: the header matched against SPEC's names and
 * aliases, and against the policy's {@code columns:} mapping, which wins.
 */
public final class HeaderMap {

    private final Map<String, Integer> indexByColumn = new HashMap<>();
    private final int width;
    /** Headers that name a column another header already gives (both on_hand and qty): said, not read. */
    private final List<String> unread = new ArrayList<>(0);
    /** The name problems give a column: SPEC's, or the export's own header that the column is taken from. */
    private final Map<String, String> shownAs;

    private HeaderMap(int width, Map<String, String> shownAs) {
        this.width = width;
        this.shownAs = Map.copyOf(shownAs);
    }

    /**
     * Whether {@code header} is plainly atp's own: every required column of {@code kind} under
     * its own name, and no header that is not one of the kind's columns or aliases (a
     * platform's export always has some: Shopify's 2023 inventory says "On hand", but also "Handle").
     */
    static boolean isPlainlyAtps(InputKind kind, String[] header) {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (Column c : kind.columns()) {
            known.add(Column.normalize(c.name()));
            c.aliases().forEach(a -> known.add(Column.normalize(a)));
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String h : header) {
            String n = Column.normalize(h);
            if (!n.isEmpty() && !known.contains(n)) {
                return false;
            }
            names.add(n);
        }
        return kind.columns().stream().filter(Column::required).allMatch(c -> names.contains(Column.normalize(c.name())));
    }

    /**
     * @param mapping the policy's extra headers for this file: header as written → column name
     * @throws InputException naming every required column that is missing and the headers found
     */
    public static HeaderMap resolve(String file, InputKind kind, String[] header, Map<String, String> mapping) {
        return resolve(file, kind, header, mapping, Map.of());
    }

    /**
     * @param shownAs atp's column → the platform export's own header it is read from: problems
     *                name the column so, as the merchant sees it in the file
     */
    static HeaderMap resolve(String file, InputKind kind, String[] header, Map<String, String> mapping, Map<String, String> shownAs) {
        Map<String, Integer> byHeader = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = Column.normalize(header[i]);
            Integer same = name.isEmpty() ? null : byHeader.putIfAbsent(name, i);
            if (same != null) {
                throw new InputException(new InputProblem(file, 1, "columns " + (same + 1) + " \"" + header[same]
                        + "\" and " + (i + 1) + " \"" + header[i] + "\" are the same column; remove or rename one"));
            }
        }
        HeaderMap map = new HeaderMap(header.length, shownAs);
        mapping.forEach((written, column) -> {
            Integer index = byHeader.get(Column.normalize(written));
            if (index != null) {
                map.indexByColumn.putIfAbsent(column, index);
            }
        });
        List<InputProblem> missing = new ArrayList<>();
        for (Column column : kind.columns()) {
            if (!map.indexByColumn.containsKey(column.name())) {
                Integer index = find(byHeader, column);
                if (index != null) {
                    map.indexByColumn.put(column.name(), index);
                } else if (column.required()) {
                    missing.add(new InputProblem(file, 1, missingMessage(column, header)));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(missing);
        }
        for (Column column : kind.columns()) {
            Integer chosen = map.indexByColumn.get(column.name());
            List<String> names = new ArrayList<>(column.aliases());
            names.add(0, column.name());
            for (String name : names) {
                Integer other = byHeader.get(Column.normalize(name));
                if (chosen != null && other != null && !other.equals(chosen)) {
                    map.unread.add("column " + (other + 1) + " \"" + header[other] + "\" is not read: column " + (chosen + 1)
                            + " \"" + header[chosen] + "\" gives " + column.name());
                }
            }
        }
        return map;
    }

    private static Integer find(Map<String, Integer> byHeader, Column column) {
        Integer index = byHeader.get(Column.normalize(column.name()));
        for (int i = 0; index == null && i < column.aliases().size(); i++) {
            index = byHeader.get(Column.normalize(column.aliases().get(i)));
        }
        return index;
    }

    private static String missingMessage(Column column, String[] header) {
        String also = column.aliases().isEmpty() ? ""
                : " (also accepted: " + String.join(", ", column.aliases()) + ")";
        String found = header.length == 0 ? "none" : java.util.Arrays.stream(header)
                .map(h -> "\"" + h + "\"").collect(Collectors.joining(", "));
        return "required column \"" + column.name() + "\" not found" + also + "; the header has: " + found;
    }

    /** Why a header that names one of atp's columns is not read: another gives that column (a sentence each). */
    List<String> unread() {
        return unread;
    }

    /** The cell index of a column, or -1 when the file does not have it. */
    public int index(String column) {
        return indexByColumn.getOrDefault(column, -1);
    }

    /** A column with the cell it is in, to read every row by index. */
    Field field(String column) {
        return new Field(shownAs.getOrDefault(column, column), index(column));
    }

    /** How many cells the header has: a row must have as many. */
    public int width() {
        return width;
    }
}
