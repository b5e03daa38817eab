package shop.atp.domain;

import java.util.Comparator;

/**
 * One thing wrong today. {@code ref} names what the row stands for below the SKU: an order
 * id, a PO number or a file name (empty for SKU-level findings).
 */
public record Finding(FindingCode code, String sku, String ref, String message) {

    /** SPEC: sorted by severity (errors first), code, sku, ref. */
    public static final Comparator<Finding> ORDER = Finding::compare;

    private static int compare(Finding a, Finding b) {
        int c = a.severity().compareTo(b.severity());
        if (c == 0) {
            c = a.code.compareTo(b.code);
        }
        if (c == 0) {
            c = a.sku.compareTo(b.sku);
        }
        return c != 0 ? c : a.ref.compareTo(b.ref);
    }

    public Severity severity() {
        return code.severity();
    }
}
