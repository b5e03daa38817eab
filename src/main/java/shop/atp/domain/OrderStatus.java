package shop.atp.domain;

import java.util.Locale;

/** The state of a sales-order line; only open lines still need stock. */
public enum OrderStatus {
    OPEN, SHIPPED, CANCELLED;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
