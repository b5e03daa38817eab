package shop.atp.domain;

import java.util.Comparator;

/**
 * One thing wrong today. {@code ref} names what the row stands for below the SKU: an order
 * id, a PO number or a file name (empty for SKU-level findings).
 */
public record Finding(FindingCode code, String sku, String ref, String message) {

    /** SPEC: sorted by severity (errors first), code, sku, ref. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::code)
            .thenComparing(Finding::sku)
            .thenComparing(Finding::ref);

    public Severity severity() {
        return code.severity();
    }
}
