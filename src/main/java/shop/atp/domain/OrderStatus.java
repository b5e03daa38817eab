package shop.atp.domain;

/** The state of a sales-order line; only open lines still need stock. */
public enum OrderStatus {
    OPEN, SHIPPED, CANCELLED
}
