package shop.atp.domain;

/** Where a product stands in its life: selling, launching on preorder, or gone for good. */
public enum Lifecycle {
    ACTIVE, NEW, DISCONTINUED
}
