package shop.atp.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a sales order. {@code file} (the orders files' reading order) and {@code line}
 * (its physical line in that file) are the last FIFO tie-breakers. {@code customer} is kept
 * for the lines that still need stock ("" when unknown).
 */
public record OrderLine(String orderId, String sku, long quantity, Instant orderedAt, String channel,
                        OrderStatus status, long shipped, LocalDate promisedDate, int line, String customer, int file) {

    public OrderLine(String orderId, String sku, long quantity, Instant orderedAt, String channel,
                     OrderStatus status, long shipped, LocalDate promisedDate, int line) {
        this(orderId, sku, quantity, orderedAt, channel, status, shipped, promisedDate, line, "", 0);
    }

    public OrderLine withCustomer(String who) {
        return new OrderLine(orderId, sku, quantity, orderedAt, channel, status, shipped, promisedDate, line, who, file);
    }

    /** Units this line still needs: what is ordered and not yet shipped, on an open line. */
    public long openQuantity() {
        return status == OrderStatus.OPEN ? Math.max(0, quantity - shipped) : 0;
    }

    /** Its share of the SKU's committed units (SPEC: quantity − shipped over open lines). */
    public long committed() {
        return status == OrderStatus.OPEN ? quantity - shipped : 0;
    }

    public boolean needsStock() {
        return openQuantity() > 0;
    }
}
