package shop.atp.input;

import shop.atp.domain.Lifecycle;
import shop.atp.domain.Product;
import shop.atp.domain.ShopBuilder;

import java.time.LocalDate;
import java.util.Map;

/** Rows of products.csv, the optional catalogue: a SKU listed once, with what a new product needs. */
final class ProductRows implements RowReader {

    private static final WordList<Lifecycle> LIFECYCLES = WordList.of(Lifecycle.values(), Map.of(),
            "active, new, discontinued");

    /** Ten years, as for the policy's day counts: more is a typo. */
    private static final int MAX_LEAD_TIME_DAYS = 3650;

    private final RowCells cells;
    private final ShopBuilder shop;
    /** Where each SKU was first listed, invalid rows included: "FILE:LINE", over every products file read. */
    private final Map<String, String> lines;
    private final String file;
    private final Field sku;
    private final Field title;
    private final Field lifecycle;
    private final Field plannedProduction;
    private final Field releaseDate;
    private final Field leadTimeDays;

    ProductRows(HeaderMap columns, RowCells cells, ShopBuilder shop, Map<String, String> lines, String file) {
        this.file = file;
        this.cells = cells;
        this.shop = shop;
        this.lines = lines;
        this.sku = columns.field("sku");
        this.title = columns.field("title");
        this.lifecycle = columns.field("lifecycle");
        this.plannedProduction = columns.field("planned_production");
        this.releaseDate = columns.field("release_date");
        this.leadTimeDays = columns.field("lead_time_days");
    }

    @Override
    public boolean read(int line) {
        String name = cells.requiredSku(sku);
        Lifecycle stage = cells.choice(lifecycle, LIFECYCLES, Lifecycle.ACTIVE);
        long planned = cells.quantityOr(plannedProduction, 0);
        if (stage == Lifecycle.NEW && cells.isEmpty(plannedProduction)) {
            cells.problem("planned_production is empty; a new product needs its planned production run");
        }
        LocalDate release = cells.date(releaseDate);
        if (stage == Lifecycle.NEW && release == null && cells.isEmpty(releaseDate)) {
            cells.problem("release_date is empty; a new product needs its release date");
        }
        String first = lines.putIfAbsent(name, file + ":" + line);
        if (first != null && !name.isEmpty()) {
            String firstFile = first.substring(0, first.lastIndexOf(':'));
            String firstLine = first.substring(first.lastIndexOf(':') + 1);
            cells.problem("sku \"" + name + "\" is listed again (first on " + (firstFile.equals(file) ? "" : firstFile + " ")
                    + "line " + firstLine + ")");
        }
        String text = cells.text(title);
        Integer leadTime = leadTime();
        if (!cells.valid()) {
            return false;
        }
        Product product = new Product(name, text, stage, planned, release, leadTime);
        shop.addProduct(cells.sku(), product);
        return true;
    }

    /** Its lead time in days, or null when the cell is blank (the policy's then). */
    private Integer leadTime() {
        if (cells.isEmpty(leadTimeDays)) {
            return null;
        }
        long days = cells.quantityOr(leadTimeDays, 0);
        if (days > MAX_LEAD_TIME_DAYS) {
            cells.problem("lead_time_days \"" + cells.text(leadTimeDays) + "\" is more than " + MAX_LEAD_TIME_DAYS
                    + " days (ten years)");
        }
        return (int) Math.min(days, MAX_LEAD_TIME_DAYS);
    }
}
