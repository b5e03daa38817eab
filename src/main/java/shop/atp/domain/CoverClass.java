package shop.atp.domain;

/**
 * A SKU's class by its share of the shop's demand (SPEC "Planning"): {@code A} the few SKUs
 * that make most of the sales, {@code C} the long tail and the SKUs with no demand.
 */
public enum CoverClass {
    A, B, C
}
