package shop.atp.domain;

/**
 * SPEC "Reconcile": a SKU whose platform's own committed count (Shopify's Committed, from its
 * inventory export) differs from the open units of that platform's orders atp read.
 */
public record PlatformMismatch(String sku, String platform, long platformCommitted, long openUnits) {
}
