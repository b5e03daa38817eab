package shop.atp.domain;

/** Where an open order stands at the packing table (SPEC "orders"). */
public enum OrderState {
    /** Every unit it still needs is on hand. */
    SHIP_NOW,
    /** Some units are on hand, the rest wait on supply. */
    SPLIT,
    /** No unit of it is on hand. */
    WAITING
}
