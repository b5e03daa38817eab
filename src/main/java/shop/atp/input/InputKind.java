package shop.atp.input;

import java.util.List;

/**
 * The four files a shop is read from, and a platform's listings; their default file names,
 * name prefixes and columns (SPEC "Input files") are atp's own format, {@code formats/atp.yaml}
 * in the jar ({@link AtpFormat}).
 */
public enum InputKind {
    ON_HAND("on-hand"),
    PURCHASE_ORDERS("purchase-orders"),
    ORDERS("orders"),
    PRODUCTS("products"),
    /**
     * A platform's listings as they are now (--current of `listings`): read only through a
     * platform format, never found in --data by name.
     */
    LISTINGS("listings");

    private final String key;

    InputKind(String key) {
        this.key = key;
    }

    /**
     * Whether a file of this name in the --data folder is of this kind: it starts with one of
     * the kind's prefixes (any case) and ends in .csv, .tsv or .txt, as the platforms name their
     * downloads (orders_export_1.csv, inventory_export_1.csv).
     */
    public boolean namesFile(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        boolean text = name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
        return text && AtpFormat.file(this).prefixes().stream().anyMatch(name::startsWith);
    }

    /** The name used for this file under policy.yaml {@code columns:}. */
    public String key() {
        return key;
    }

    public String defaultFileName() {
        return AtpFormat.file(this).defaultName();
    }

    public List<Column> columns() {
        return AtpFormat.file(this).columns();
    }

    /** The four files a shop is read from: every kind but a platform's listings. */
    public static List<InputKind> shopFiles() {
        return List.of(ON_HAND, PURCHASE_ORDERS, ORDERS, PRODUCTS);
    }

    /** Finds a kind by its key, ignoring case, spaces, '_' , '-' and a ".csv" ending. */
    public static InputKind byKey(String text) {
        String wanted = Column.normalize(text.endsWith(".csv") ? text.substring(0, text.length() - 4) : text);
        for (InputKind kind : values()) {
            if (Column.normalize(kind.key).equals(wanted)) {
                return kind;
            }
        }
        return null;
    }
}
