package shop.atp.domain;

/** Where the units of an allocation piece come from. */
public enum SourceKind {
    ON_HAND, PURCHASE_ORDER, PRODUCTION, NONE
}
