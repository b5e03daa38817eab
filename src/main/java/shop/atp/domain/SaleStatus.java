package shop.atp.domain;

/** What a channel shows a shopper for a SKU. */
public enum SaleStatus {
    IN_STOCK, BACKORDER, PREORDER, NOTIFY_ME, OUT_OF_STOCK
}
