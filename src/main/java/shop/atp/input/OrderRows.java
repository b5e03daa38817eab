package shop.atp.input;

import shop.atp.domain.OrderLine;
import shop.atp.domain.OrderStatus;
import shop.atp.domain.ShopBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Rows of orders.csv: one sales-order line each. The customer is kept for lines that still
 * need stock when a command shows it; tags and shipped_at count toward the policy-health
 * measures of the window.
 */
final class OrderRows implements RowReader {

    /** "partial": partly shipped, how much not known (a platform's export says no more): open, with a warning. */
    private static final String PARTIAL = "partial";
    private static final WordList<OrderStatus> STATUSES = WordList.of(OrderStatus.values(),
            Map.of("fulfilled", OrderStatus.SHIPPED, "canceled", OrderStatus.CANCELLED, PARTIAL, OrderStatus.OPEN),
            "open, shipped, fulfilled, cancelled, partial");

    private final RowCells cells;
    private final ShopBuilder shop;
    private final ChannelNames channels;
    private final Field orderId;
    private final Field sku;
    private final Field quantity;
    private final Field orderedAt;
    private final Field channel;
    private final Field status;
    private final Field shipped;
    private final Field promisedDate;
    private final Field customer;
    private final Field tags;
    private final Field shippedAt;
    private final int file;
    /** The platform whose orders export this is, or null for atp's own format. */
    private final String platform;
    private String lastOrderId;
    /** The order the last tags were read for, and its tags. */
    private String tagsOf;
    private String lastTags = "";

    /** @param file the file's place among the files read: FIFO's tie-break after the order id */
    OrderRows(HeaderMap columns, RowCells cells, ShopBuilder shop, ChannelNames channels, boolean keepCustomers, int file,
              String platform) {
        this.file = file;
        this.platform = platform;
        if (platform != null) {
            shop.platformOrdersRead(platform);
        }
        this.cells = cells;
        this.shop = shop;
        this.channels = channels;
        this.orderId = columns.field("order_id");
        this.sku = columns.field("sku");
        this.quantity = columns.field("quantity");
        this.orderedAt = columns.field("ordered_at");
        this.channel = columns.field("channel");
        this.status = columns.field("status");
        this.shipped = columns.field("shipped");
        this.promisedDate = columns.field("promised_date");
        this.customer = keepCustomers ? columns.field("customer") : new Field("customer", -1);
        this.tags = columns.field("tags");
        this.shippedAt = columns.field("shipped_at");
    }

    @Override
    public boolean read(int line) {
        String id = cells.requiredText(orderId, lastOrderId);
        lastOrderId = id;
        String name = cells.requiredSku(sku);
        long units = cells.quantity(quantity, false);
        Instant at = cells.requiredInstant(orderedAt);
        String salesChannel = cells.channel(channel, channels);
        OrderStatus orderStatus = cells.choice(status, STATUSES, OrderStatus.OPEN);
        long shippedUnits = cells.quantityOr(shipped, 0);
        LocalDate promised = cells.date(promisedDate);
        LocalDate shippedOn = cells.date(shippedAt);
        if (shippedUnits > units) {
            cells.problem("shipped " + shippedUnits + " is more than quantity " + units);
        }
        if (!cells.valid()) {
            return false;
        }
        OrderLine order = new OrderLine(id, name, units, at, salesChannel, orderStatus, shippedUnits, promised, line, "", file);
        if (order.needsStock() && !cells.isEmpty(customer)) {
            order = order.withCustomer(cells.text(customer));
        }
        shop.addOrderLine(cells.sku(), order);
        if (platform != null && order.needsStock()) {
            shop.addPlatformOpen(cells.sku(), platform, order.openQuantity());
        }
        if (order.needsStock() && order.shipped() == 0 && cells.is(status, PARTIAL)) {
            shop.addShippedUnknown(order);
        }
        if (shop.countsHistoryOf(order)) {
            // tags belong to the order: an export may give them on its first row only
            String own = cells.text(tags);
            String orderTags = own.isEmpty() && id.equals(tagsOf) ? lastTags : own;
            tagsOf = id;
            lastTags = orderTags;
            shop.addOrderHistory(order, orderTags, shippedOn);
        }
        return true;
    }
}
