package shop.atp.input;

import shop.atp.domain.FileSummary;
import shop.atp.domain.Lifecycle;
import shop.atp.domain.OrderLine;
import shop.atp.domain.OrderStatus;
import shop.atp.domain.PoStatus;
import shop.atp.domain.Policy;
import shop.atp.domain.Product;
import shop.atp.domain.PurchaseOrderLine;
import shop.atp.domain.ShopBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the four exports into a {@link shop.atp.domain.Shop}, row by row. Every invalid row
 * is a problem naming file, line, column and value; all are collected. Without
 * --skip-invalid any problem fails the read (exit 3); with it, invalid rows are left out and
 * handed back for --rejects and the ROWS_SKIPPED finding.
 */
public final class ShopReader {

    private static final Map<String, PoStatus> PO_STATUSES = poStatuses();
    private static final Map<String, OrderStatus> ORDER_STATUSES = orderStatuses();
    private static final Map<String, Lifecycle> LIFECYCLES = words(Lifecycle.values());

    private static final String NOT_UTF8 = "holds bytes that are not UTF-8 text; save the file as UTF-8";

    private final Policy policy;
    private final Character delimiter;
    private final boolean skipInvalid;
    private final DateReader dates;
    private final Map<String, String> channelsByWord = new HashMap<>();
    private final ShopBuilder shop = new ShopBuilder();
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final Map<String, Integer> productLines = new HashMap<>();
    private Consumer<FileSummary> onFileRead = file -> { };

    public ShopReader(Policy policy, Character delimiter, boolean skipInvalid) {
        this.policy = policy;
        this.delimiter = delimiter;
        this.skipInvalid = skipInvalid;
        this.dates = new DateReader(policy.timezone(), policy.dateFormats());
        for (String channel : policy.channelNames()) {
            channelsByWord.put(channel.toLowerCase(Locale.ROOT), channel);
        }
    }

    /** Called after each file is read, e.g. to show progress. */
    public ShopReader onFileRead(Consumer<FileSummary> listener) {
        this.onFileRead = listener;
        return this;
    }

    /** Reads every file; throws {@link InputException} with every problem found in all of them. */
    public ReadResult read(List<InputFile> files, InputStream stdin) {
        List<InputProblem> fatal = readAll(files, stdin);
        if (!fatal.isEmpty() || (!skipInvalid && !problems.isEmpty())) {
            List<InputProblem> all = new ArrayList<>(fatal);
            all.addAll(problems);
            throw new InputException(all);
        }
        return new ReadResult(shop.build(), List.copyOf(rejected));
    }

    /** Reads every file and hands back every problem, never failing: for `validate`. */
    public Validation validate(List<InputFile> files, InputStream stdin) {
        List<InputProblem> all = readAll(files, stdin);
        all.addAll(problems);
        return new Validation(shop.build().files(), all);
    }

    /** What `validate` found: per file the rows read, used and rejected, and every problem. */
    public record Validation(List<FileSummary> files, List<InputProblem> problems) {
    }

    /** Reads the files; returns the problems that stopped a file from being read at all. */
    private List<InputProblem> readAll(List<InputFile> files, InputStream stdin) {
        List<InputProblem> fatal = new ArrayList<>();
        for (InputFile file : files) {
            try {
                readFile(file, stdin);
            } catch (InputException e) {
                fatal.addAll(e.problems());
            }
        }
        return fatal;
    }

    private void readFile(InputFile file, InputStream stdin) {
        if (file.optional() && !file.exists()) {
            shop.addFileSummary(new FileSummary(file.name(), false, 0, 0, List.of()));
            return;
        }
        try (CsvRecords records = CsvRecords.open(file.name(), file.open(stdin), delimiter)) {
            CsvRecords.Row header = records.header();
            if (header == null) {
                throw new InputException(new InputProblem(file.name(), 1, "is empty; a header row is required"));
            }
            if (header.undecodableCell() >= 0) {
                throw new InputException(new InputProblem(file.name(), header.line(), NOT_UTF8));
            }
            Map<String, String> mapping = policy.columns().getOrDefault(file.kind().key(), Map.of());
            HeaderMap columns = HeaderMap.resolve(file.name(), file.kind(), header.cells(), mapping);
            long read = 0;
            List<Integer> rejectedLines = new ArrayList<>();
            for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
                read++;
                if (!readRow(file, columns, row)) {
                    rejectedLines.add(row.line());
                }
            }
            FileSummary summary = new FileSummary(file.name(), true, read, read - rejectedLines.size(), rejectedLines);
            shop.addFileSummary(summary);
            onFileRead.accept(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one row into the shop; false when it is invalid. */
    private boolean readRow(InputFile file, HeaderMap columns, CsvRecords.Row row) {
        List<String> rowProblems = new ArrayList<>();
        if (row.undecodableCell() >= 0) {
            rowProblems.add(NOT_UTF8);
        } else if (row.cells().length < columns.width()) {
            rowProblems.add("has " + row.cells().length + " fields, the header has " + columns.width());
        } else if (hasExtraCells(row.cells(), columns.width())) {
            rowProblems.add("has " + row.cells().length + " fields, the header has " + columns.width());
        } else {
            Cells cells = new Cells(row, columns, dates, rowProblems);
            Runnable add = switch (file.kind()) {
                case ON_HAND -> onHand(cells);
                case PURCHASE_ORDERS -> purchaseOrderLine(cells, row.line());
                case ORDERS -> orderLine(cells, row.line());
                case PRODUCTS -> product(cells, row.line(), rowProblems);
            };
            if (rowProblems.isEmpty()) {
                add.run();
                return true;
            }
        }
        for (String problem : rowProblems) {
            problems.add(new InputProblem(file.name(), row.line(), problem));
        }
        rejected.add(new RejectedRow(file.name(), row.line(), rowProblems, row.cells()));
        return false;
    }

    /** Extra cells beyond the header are tolerated only when empty (a trailing delimiter). */
    private static boolean hasExtraCells(String[] cells, int width) {
        for (int i = width; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private Runnable onHand(Cells cells) {
        String sku = shop.sku(cells.requiredText("sku"));
        long units = cells.quantity("on_hand", true);
        return () -> shop.addOnHand(sku, units);
    }

    private Runnable purchaseOrderLine(Cells cells, int line) {
        PurchaseOrderLine po = new PurchaseOrderLine(cells.requiredText("po_number"), shop.sku(cells.requiredText("sku")),
                cells.quantity("quantity", false), cells.quantityOr("received", 0), cells.date("expected_date"),
                cells.choice("status", PO_STATUSES, PoStatus.OPEN,
                        "open, confirmed, in_transit, received, closed, cancelled"),
                line);
        return () -> shop.addPurchaseOrderLine(po);
    }

    private Runnable orderLine(Cells cells, int line) {
        String orderId = cells.requiredText("order_id");
        String sku = shop.sku(cells.requiredText("sku"));
        long quantity = cells.quantity("quantity", false);
        OrderLine order = new OrderLine(orderId, sku, quantity, cells.requiredInstant("ordered_at"),
                channel(cells), cells.choice("status", ORDER_STATUSES, OrderStatus.OPEN, "open, shipped, fulfilled, cancelled"),
                cells.quantityOr("shipped", 0), cells.date("promised_date"), line);
        if (order.shipped() > quantity) {
            cells.problem("shipped " + order.shipped() + " is more than quantity " + quantity);
        }
        return () -> shop.addOrderLine(order);
    }

    private String channel(Cells cells) {
        String written = cells.text("channel");
        if (written.isEmpty()) {
            return policy.defaultChannel();
        }
        String channel = channelsByWord.get(written.toLowerCase(Locale.ROOT));
        if (channel == null) {
            cells.problem("channel \"" + written + "\" is not in the policy's channels: "
                    + String.join(", ", policy.channelNames()));
        }
        return channel;
    }

    private Runnable product(Cells cells, int line, List<String> rowProblems) {
        String sku = cells.requiredText("sku");
        Lifecycle lifecycle = cells.choice("lifecycle", LIFECYCLES, Lifecycle.ACTIVE, "active, new, discontinued");
        long planned = cells.quantityOr("planned_production", 0);
        if (lifecycle == Lifecycle.NEW && cells.text("planned_production").isEmpty()) {
            rowProblems.add("planned_production is empty; a new product needs its planned production run");
        }
        var release = cells.date("release_date");
        if (lifecycle == Lifecycle.NEW && release == null && cells.text("release_date").isEmpty()) {
            rowProblems.add("release_date is empty; a new product needs its release date");
        }
        Integer first = productLines.putIfAbsent(sku, line);
        if (first != null && !sku.isEmpty()) {
            rowProblems.add("sku \"" + sku + "\" is listed again (first on line " + first + ")");
        }
        Product product = new Product(sku, cells.text("title"), lifecycle, planned, release);
        return () -> shop.addProduct(product);
    }

    private static <E extends Enum<E>> Map<String, E> words(E[] values) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E value : values) {
            map.put(Column.normalize(value.name()), value);
        }
        return map;
    }

    private static Map<String, PoStatus> poStatuses() {
        Map<String, PoStatus> map = words(PoStatus.values());
        map.put("canceled", PoStatus.CANCELLED);
        return map;
    }

    private static Map<String, OrderStatus> orderStatuses() {
        Map<String, OrderStatus> map = words(OrderStatus.values());
        map.put("fulfilled", OrderStatus.SHIPPED);
        map.put("canceled", OrderStatus.CANCELLED);
        return map;
    }
}
