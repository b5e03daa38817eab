package shop.atp.domain;

/** What to do about a SKU's stock (SPEC "Planning"), in the order `cover` lists them. */
public enum CoverAction {
    /** Order now: what is free falls below the reorder point, or customers wait with no supply. */
    ORDER_NOW,
    /** An order is due within the order cycle, but stock still lasts the lead time. */
    ORDER_SOON,
    OK,
    /** Nothing ordered within the demand window and no customer waiting. */
    NO_DEMAND,
    /** A new product, planned on its production run rather than reordered. */
    PREORDER_LAUNCH
}
