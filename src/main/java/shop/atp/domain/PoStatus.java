package shop.atp.domain;

import java.util.Locale;

/** The state of a purchase-order line as the merchant's export writes it. */
public enum PoStatus {
    OPEN, CONFIRMED, IN_TRANSIT, RECEIVED, CLOSED, CANCELLED;

    /** Only lines that are still on their way bring stock. */
    public boolean bringsStock() {
        return this == OPEN || this == CONFIRMED || this == IN_TRANSIT;
    }

    /** A supplier's confirmation: the line's date is the supplier's word, not a guess. */
    public boolean supplierConfirmed() {
        return this == CONFIRMED || this == IN_TRANSIT;
    }

    /** Made once: messages name the status of many lines. */
    private final String word = name().toLowerCase(Locale.ROOT);

    public String word() {
        return word;
    }
}
