package shop.atp.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * SPEC "Decision per SKU and channel": steps 1 to 7, in that order, after allocation. Each
 * step that settles the answer returns it with a reason a merchant reads without the manual.
 */
public final class Decisions {

    private Decisions() {
    }

    public static Decision decide(SkuPicture sku, String channel) {
        ChannelRule rule = sku.rules().channel(channel);
        long leftOnHand = sku.allocation().leftOnHand();
        if (leftOnHand > 0) {
            return new Decision(sku.sku(), channel, SaleStatus.IN_STOCK, leftOnHand, sku.asOf(),
                    Words.units(leftOnHand) + " left on hand");
        }
        if (sku.isDiscontinued()) {
            return Decision.closed(sku.sku(), channel, SaleStatus.OUT_OF_STOCK, "discontinued");
        }
        if (sku.isNew()) {
            return preorder(sku, rule);
        }
        if (!rule.backorder()) {
            return Decision.closed(sku.sku(), channel, SaleStatus.OUT_OF_STOCK, channel + " does not accept backorders");
        }
        return backorder(sku, channel);
    }

    /** Step 3: a new product sells on preorder up to its cap, then shows notify me. */
    private static Decision preorder(SkuPicture sku, ChannelRule rule) {
        if (!rule.preorder()) {
            return Decision.closed(sku.sku(), rule.name(), SaleStatus.OUT_OF_STOCK, rule.name() + " does not accept preorders");
        }
        long preordered = sku.preordered();
        long limit = sku.preorderLimit();
        long planned = sku.product().plannedProduction();
        if (preordered >= limit) {
            return Decision.closed(sku.sku(), rule.name(), SaleStatus.NOTIFY_ME,
                    "preorder cap reached (" + preordered + " of " + limit + " allowed, "
                            + sku.rules().preorderCap() + " of " + planned + ")");
        }
        long remaining = limit - preordered;
        LocalDate shipBy = nextPreorderShipDate(sku);
        return new Decision(sku.sku(), rule.name(), SaleStatus.PREORDER, remaining, shipBy,
                "preorders open: " + remaining + " of " + limit + " left (" + sku.rules().preorderCap()
                        + " of " + planned + " planned)");
    }

    private static LocalDate nextPreorderShipDate(SkuPicture sku) {
        for (Supply source : sku.allocation().incoming()) {
            if (source.remaining() > 0) {
                return sku.promiseFrom(source);
            }
        }
        return null;
    }

    /** Steps 5 to 7: backorders only against a confirmed restock with room, within the limit. */
    private static Decision backorder(SkuPicture sku, String channel) {
        List<Supply> withRoom = sku.allocation().purchaseOrderLines().stream()
                .filter(s -> sku.isConfirmed(s.po()) && sku.room(s) > 0)
                .toList();
        if (withRoom.isEmpty()) {
            return Decision.closed(sku.sku(), channel, SaleStatus.OUT_OF_STOCK, noRestockReason(sku));
        }
        Supply earliest = withRoom.get(0);
        long days = earliest.po().daysFrom(sku.asOf());
        int limit = sku.rules().backorderLimit(channel);
        if (days <= limit) {
            long sellable = withRoom.stream().filter(s -> s.po().daysFrom(sku.asOf()) <= limit).mapToLong(sku::room).reduce(0L, Math::addExact);
            return new Decision(sku.sku(), channel, SaleStatus.BACKORDER, sellable,
                    earliest.po().expectedDate().plusDays(sku.rules().fulfillmentDays()),
                    "restock " + earliest.po().poNumber() + " confirmed for " + earliest.po().expectedDate()
                            + " (" + Words.days(days) + ")");
        }
        if (days <= sku.rules().notifyMeMaxDays()) {
            return Decision.closed(sku.sku(), channel, SaleStatus.NOTIFY_ME,
                    "restock in " + Words.days(days) + " is beyond " + limit);
        }
        return Decision.closed(sku.sku(), channel, SaleStatus.OUT_OF_STOCK,
                "restock in " + Words.days(days) + " is beyond " + sku.rules().notifyMeMaxDays());
    }

    private static String noRestockReason(SkuPicture sku) {
        boolean confirmedButFull = sku.allocation().purchaseOrderLines().stream().anyMatch(s -> sku.isConfirmed(s.po()));
        if (confirmedButFull) {
            return "no confirmed restock with units left for new sales";
        }
        return sku.allocation().purchaseOrderLines().isEmpty() ? "no stock and no restock on order" : "no confirmed restock";
    }
}
