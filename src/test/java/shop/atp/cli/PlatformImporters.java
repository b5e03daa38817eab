package shop.atp.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platforms' bulk importers, as far as UPLOADS.md documents them, over a platform's export
 * of its listings: each applies an upload file the way the importer would — finding a listing
 * by what the importer matches on, overwriting only the columns the file has — and fails where
 * the real importer would create, wipe or switch something. What is left is each listing's
 * setting after the upload, to compare with atp's decisions.
 */
final class PlatformImporters {

    private PlatformImporters() {
    }

    static List<List<String>> records(String text, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(text)) {
            reader.forEach(r -> rows.add(r.getFields()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * One listing of an export after an upload: its SKU, whether atp's decisions apply to it
     * (tracked, managed, fulfilled by the seller), and its setting before and after.
     */
    record Setting(String sku, boolean applies, String before, String after) {
        Setting to(String after) {
            return new Setting(sku, applies, before, after);
        }
    }

    /**
     * Shopify's "Overwrite products with matching handles": a variant is found by handle and
     * option values; a row that matches none would create a product or variant. The product's
     * first row needs its Title and option names; the header generation must be the export's.
     *
     * @return handle + option values → its Variant Inventory Policy
     */
    static Map<String, Setting> shopify(List<List<String>> export, List<List<String>> upload) {
        List<String> header = export.get(0);
        boolean newNaming = header.contains("URL handle");
        String handleColumn = newNaming ? "URL handle" : "Handle";
        String policyColumn = newNaming ? "Continue selling when out of stock" : "Variant Inventory Policy";
        String skuColumn = newNaming ? "SKU" : "Variant SKU";
        Map<String, Setting> settings = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> optionNames = new LinkedHashMap<>();
        String handle = "";
        for (List<String> row : export.subList(1, export.size())) {
            Map<String, String> cells = cells(header, row);
            handle = cells.get(handleColumn).isEmpty() ? handle : cells.get(handleColumn);
            titles.putIfAbsent(handle, cells.get("Title"));
            for (int k = 1; k <= 3; k++) {
                String name = cells.getOrDefault(newNaming ? "Option" + k + " name" : "Option" + k + " Name", "");
                if (!name.isEmpty()) {
                    optionNames.putIfAbsent(handle + "/" + k, name);
                }
            }
            if (!cells.get(newNaming ? "Option1 value" : "Option1 Value").isEmpty()) {
                String tracker = cells.get(newNaming ? "Inventory tracker" : "Variant Inventory Tracker");
                settings.put(handle + "/" + optionValues(cells, newNaming), new Setting(cells.get(skuColumn), !tracker.isEmpty(),
                        cells.get(policyColumn), cells.get(policyColumn)));
            }
        }
        List<String> up = upload.get(0);
        assertThat(up.get(0)).as("the export's header generation").isEqualTo(handleColumn);
        assertThat(up).contains("Title", policyColumn).allMatch(header::contains);
        String previous = null;
        java.util.Set<String> written = new java.util.HashSet<>();
        for (List<String> row : upload.subList(1, upload.size())) {
            Map<String, String> cells = cells(up, row);
            String h = cells.get(handleColumn);
            if (!h.equals(previous)) {
                assertThat(cells.get("Title")).as("Title on %s's first row", h).isEqualTo(titles.get(h));
                for (int k = 1; k <= 3; k++) {
                    String column = newNaming ? "Option" + k + " name" : "Option" + k + " Name";
                    if (optionNames.containsKey(h + "/" + k)) {
                        assertThat(cells.get(column)).as("%s on %s's first row: a blank would wipe it", column, h)
                                .isEqualTo(optionNames.get(h + "/" + k));
                    }
                }
            }
            previous = h;
            String key = h + "/" + optionValues(cells, newNaming);
            assertThat(settings).as("a row that matches no variant would create one").containsKey(key);
            assertThat(settings.get(key).applies()).as("%s: never an untracked variant", key).isTrue();
            if (!settings.get(key).before().isEmpty()) {
                assertThat(cells.get(policyColumn)).as("%s: a blank policy would wipe it", key).isNotEmpty();
            }
            settings.put(key, settings.get(key).to(cells.get(policyColumn)));
            written.add(key);
        }
        for (String key : settings.keySet()) {
            String h = key.substring(0, key.indexOf('/'));
            if (settings.get(key).applies() && upload.stream().skip(1).anyMatch(r -> r.get(0).equals(h))) {
                assertThat(written).as("a product is written whole: every tracked variant of %s", h).contains(key);
            }
        }
        return settings;
    }

    private static String optionValues(Map<String, String> cells, boolean newNaming) {
        List<String> values = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            values.add(cells.getOrDefault(newNaming ? "Option" + k + " value" : "Option" + k + " Value", ""));
        }
        return String.join("/", values);
    }

    /**
     * WooCommerce's importer with "Update existing products": a row finds its product by SKU; a
     * blank Backorders allowed? would mean no; a Stock column (even blank) would turn stock
     * management on or off, so the file must not have one.
     *
     * @return SKU → its Backorders allowed?
     */
    static Map<String, Setting> woocommerce(List<List<String>> export, List<List<String>> upload) {
        List<String> header = export.get(0);
        Map<String, Setting> settings = new LinkedHashMap<>();
        Map<String, String> stock = new LinkedHashMap<>();
        for (List<String> row : export.subList(1, export.size())) {
            Map<String, String> cells = cells(header, row);
            if (!cells.get("SKU").isEmpty()) {
                boolean managed = !cells.get("Stock").isEmpty() && !cells.get("Stock").equals("parent");
                settings.put(cells.get("SKU"), new Setting(cells.get("SKU"), managed, cells.get("Backorders allowed?"),
                        cells.get("Backorders allowed?")));
                stock.put(cells.get("SKU"), cells.get("Stock"));
            }
        }
        assertThat(upload.get(0)).containsExactly("SKU", "Backorders allowed?");
        for (List<String> row : upload.subList(1, upload.size())) {
            String sku = row.get(0);
            assertThat(settings).as("matches an existing product").containsKey(sku);
            assertThat(stock.get(sku)).as("%s: never a product with unmanaged stock or a variation on its parent's", sku)
                    .isNotEmpty().isNotEqualTo("parent");
            assertThat(row.get(1)).isIn("0", "1", "notify");
            settings.put(sku, settings.get(sku).to(row.get(1)));
        }
        return settings;
    }

    /**
     * Amazon's Price &amp; Quantity upload: three template rows, then sku, quantity,
     * handling-time; a blank cell keeps the value; fulfillment-channel written on an FBA SKU
     * would switch it to the seller's own fulfilment.
     *
     * @return SKU → its "quantity/handling-time" (handling-time blank: as it was)
     */
    static Map<String, Setting> amazon(List<List<String>> export, List<List<String>> upload) {
        List<String> header = export.get(0);
        Map<String, Setting> settings = new LinkedHashMap<>();
        Map<String, String> channel = new LinkedHashMap<>();
        for (List<String> row : export.subList(1, export.size())) {
            Map<String, String> cells = cells(header, row);
            String sku = cells.get("seller-sku");
            settings.put(sku, new Setting(sku, cells.get("fulfillment-channel").equals("DEFAULT"), cells.get("quantity") + "/",
                    cells.get("quantity") + "/"));
            channel.put(sku, cells.get("fulfillment-channel"));
        }
        assertThat(upload.get(0).get(0)).isEqualTo("TemplateType=PriceInventory");
        List<String> names = upload.get(2);
        assertThat(names).containsExactly("sku", "quantity", "handling-time", "fulfillment-channel");
        for (List<String> row : upload.subList(3, upload.size())) {
            Map<String, String> cells = cells(names, row);
            String sku = cells.get("sku");
            assertThat(settings).as("a Price & Quantity file cannot create a listing").containsKey(sku);
            assertThat(channel.get(sku)).as("%s: never an FBA SKU", sku).isEqualTo("DEFAULT");
            assertThat(cells.get("fulfillment-channel")).isEmpty();
            String days = cells.get("handling-time");
            if (!days.isEmpty()) {
                assertThat(Integer.parseInt(days)).isBetween(1, 30);
            }
            settings.put(sku, settings.get(sku).to(cells.get("quantity") + "/" + days));
        }
        return settings;
    }

    /**
     * eBay's File Exchange revise: a Revise row finds its listing by item number; the rows
     * after it with Relationship Variation find its variations by their details.
     *
     * @return "item/variation details" → its "quantity/DispatchTimeMax of its listing"
     */
    static Map<String, Setting> ebay(List<List<String>> export, List<List<String>> upload) {
        int headerAt = export.get(0).get(0).startsWith("#INFO") ? 1 : 0;
        List<String> header = export.get(headerAt);
        Map<String, String> quantities = new LinkedHashMap<>();
        Map<String, String> exported = new LinkedHashMap<>();
        Map<String, String> skus = new LinkedHashMap<>();
        Map<String, String> dispatch = new LinkedHashMap<>();
        String item = "";
        for (List<String> row : export.subList(headerAt + 1, export.size())) {
            Map<String, String> cells = cells(header, row);
            item = cells.get("Item number").isEmpty() ? item : cells.get("Item number");
            boolean variation = cells.get("Relationship").equals("Variation");
            if (variation || cells.get("Relationship details").isEmpty()) {
                String key = item + "/" + (variation ? cells.get("Relationship details") : "");
                quantities.put(key, cells.get("Available quantity"));
                exported.put(key, cells.get("Available quantity"));
                skus.put(key, cells.get("Custom label (SKU)"));
            }
            dispatch.put(item, "");
        }
        List<String> up = upload.get(0);
        assertThat(up.subList(0, 4)).containsExactly("*Action(SiteID=US|Country=US|Currency=USD|Version=1193|CC=UTF-8)",
                "ItemID", "*Quantity", "DispatchTimeMax");
        String revising = null;
        for (List<String> row : upload.subList(1, upload.size())) {
            Map<String, String> cells = cells(up, row);
            String action = cells.get(up.get(0));
            if (action.equals("Revise")) {
                revising = cells.get("ItemID");
                assertThat(dispatch).as("a revise row finds an existing listing").containsKey(revising);
                if (!cells.get("DispatchTimeMax").isEmpty()) {
                    assertThat(Integer.parseInt(cells.get("DispatchTimeMax"))).isBetween(0, 30);
                    dispatch.put(revising, cells.get("DispatchTimeMax"));
                }
                if (!cells.getOrDefault("Relationship", "").isEmpty()) {
                    throw new AssertionError("a Revise row is the listing's own");
                }
                if (!cells.get("*Quantity").isEmpty()) {
                    assertThat(quantities).containsKey(revising + "/");
                    quantities.put(revising + "/", cells.get("*Quantity"));
                }
            } else {
                assertThat(action).isEmpty();
                assertThat(cells.get("Relationship")).isEqualTo("Variation");
                String key = revising + "/" + cells.get("RelationshipDetails");
                assertThat(quantities).as("a variation of the listing above").containsKey(key);
                quantities.put(key, cells.get("*Quantity"));
            }
        }
        Map<String, Setting> settings = new LinkedHashMap<>();
        // the handling time is the listing's: a variation left as it was keeps its quantity
        quantities.forEach((key, q) -> {
            String listingDispatch = dispatch.get(key.substring(0, key.indexOf('/')));
            settings.put(key, new Setting(skus.get(key), true, exported.get(key) + "/" + listingDispatch, q + "/" + listingDispatch));
        });
        return settings;
    }

    private static Map<String, String> cells(List<String> header, List<String> row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), i < row.size() ? row.get(i) : "");
        }
        return cells;
    }
}
