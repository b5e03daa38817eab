package shop.atp.domain;

/** How a piece of an order line is served: from stock, waiting on supply, or not at all. */
public enum PieceState {
    ALLOCATED, BACKORDER, PREORDER, SHORT
}
