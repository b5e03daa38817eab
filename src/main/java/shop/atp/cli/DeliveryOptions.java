package shop.atp.cli;

import shop.atp.domain.PurchaseOrderLine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of `receive`'s --quantity into units per SKU, and the checks only the files can
 * answer: the PO has units still to come, and each SKU given is on it. Every problem is a
 * command-line error (exit 2) of one line.
 */
final class DeliveryOptions {

    private DeliveryOptions() {
    }

    static Map<String, Long> parse(List<String> quantities) {
        Map<String, Long> units = new LinkedHashMap<>();
        for (String text : quantities) {
            String option = "--quantity " + text;
            int eq = text.lastIndexOf('=');
            if (eq <= 0 || eq == text.length() - 1) {
                throw new UsageException(option + ": expected SKU=N, N the units delivered");
            }
            String sku = text.substring(0, eq).strip();
            String n = text.substring(eq + 1).strip();
            if (!n.matches("[0-9]{1,12}")) {
                throw new UsageException(option + ": '" + n + "' is not a whole number of units, 0 or more");
            }
            if (units.put(sku, Long.parseLong(n)) != null) {
                throw new UsageException(option + ": " + sku + " is given twice");
            }
        }
        return units;
    }

    static void checkAgainstPo(String po, List<PurchaseOrderLine> lines, Map<String, Long> delivered) {
        if (lines.isEmpty()) {
            throw new UsageException("receive " + po + ": no PO " + po + " with units still to come in the purchase orders "
                    + "read (lines received, closed or cancelled bring nothing)");
        }
        List<String> skus = lines.stream().map(PurchaseOrderLine::sku).distinct().toList();
        for (String sku : delivered.keySet()) {
            if (!skus.contains(sku)) {
                throw new UsageException("--quantity " + sku + "=" + delivered.get(sku) + ": " + sku + " is not on " + po
                        + " (its SKUs with units still to come: " + String.join(", ", skus) + ")");
            }
        }
    }
}
