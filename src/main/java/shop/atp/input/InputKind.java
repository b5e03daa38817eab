package shop.atp.input;

import java.util.List;

/** The four exports atp reads, with their default file names and columns (SPEC "Input files"), and a platform's listings. */
public enum InputKind {
    ON_HAND("on-hand", "on-hand.csv", List.of("on-hand", "on_hand", "inventory"), List.of(
            Column.required("sku", "variant sku", "item code", "product code"),
            Column.required("on_hand", "on hand", "qty", "quantity", "stock"),
            Column.optional("location", "warehouse"),
            Column.optional("committed"))),
    PURCHASE_ORDERS("purchase-orders", "purchase-orders.csv", List.of("purchase-orders", "purchase_orders"), List.of(
            Column.required("po_number", "po", "purchase order", "reference"),
            Column.required("sku"),
            Column.required("quantity", "ordered", "qty ordered"),
            Column.optional("received", "qty received"),
            Column.optional("expected_date", "eta", "expected", "arrival date"),
            Column.optional("status"))),
    ORDERS("orders", "orders.csv", List.of("orders"), List.of(
            Column.required("order_id", "order", "name", "order number"),
            Column.required("sku", "lineitem sku"),
            Column.required("quantity", "qty", "lineitem quantity"),
            Column.required("ordered_at", "created at", "order date", "date"),
            Column.optional("channel", "sales channel"),
            Column.optional("status"),
            Column.optional("shipped", "qty shipped"),
            Column.optional("promised_date"),
            Column.optional("customer", "email", "customer email"),
            Column.optional("tags", "order tags"),
            Column.optional("shipped_at", "fulfilled at", "shipped date", "ship date"))),
    PRODUCTS("products", "products.csv", List.of("products"), List.of(
            Column.required("sku"),
            Column.optional("title"),
            Column.optional("lifecycle"),
            Column.optional("planned_production"),
            Column.optional("release_date"),
            Column.optional("lead_time_days", "lead time", "lead time days"))),
    /**
     * A platform's listings as they are now (--current of `listings`): read only through a
     * platform format, never found in --data by name.
     */
    LISTINGS("listings", "listings.csv", List.of(), List.of(
            Column.required("sku"),
            Column.optional("listing"),
            Column.optional("title"),
            Column.optional("option1_name"),
            Column.optional("option1_value"),
            Column.optional("option2_name"),
            Column.optional("option2_value"),
            Column.optional("option3_name"),
            Column.optional("option3_value"),
            Column.optional("backorders"),
            Column.optional("quantity"),
            Column.optional("stock_tracking"),
            Column.optional("fulfilled_by"),
            Column.optional("variation")));

    private final String key;
    private final String defaultFileName;
    /** A file in the --data folder whose name starts with one of these (any case) is of this kind. */
    private final List<String> prefixes;
    private final List<Column> columns;

    InputKind(String key, String defaultFileName, List<String> prefixes, List<Column> columns) {
        this.key = key;
        this.defaultFileName = defaultFileName;
        this.prefixes = prefixes;
        this.columns = columns;
    }

    /**
     * Whether a file of this name in the --data folder is of this kind: it starts with one of
     * the kind's prefixes (any case) and ends in .csv, .tsv or .txt, as the platforms name their
     * downloads (orders_export_1.csv, inventory_export_1.csv).
     */
    public boolean namesFile(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        boolean text = name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
        return text && prefixes.stream().anyMatch(name::startsWith);
    }

    /** The name used for this file under policy.yaml {@code columns:}. */
    public String key() {
        return key;
    }

    public String defaultFileName() {
        return defaultFileName;
    }

    public List<Column> columns() {
        return columns;
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
