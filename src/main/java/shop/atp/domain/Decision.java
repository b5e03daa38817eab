package shop.atp.domain;

import java.time.LocalDate;

/** A SKU's status on one channel, how many units may still be sold there, and why. */
public record Decision(String sku, String channel, SaleStatus status, long sellable, LocalDate shipBy, String reason) {

    static Decision closed(String sku, String channel, SaleStatus status, String reason) {
        return new Decision(sku, channel, status, 0, null, reason);
    }
}
