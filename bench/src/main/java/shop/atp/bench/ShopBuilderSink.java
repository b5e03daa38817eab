package shop.atp.bench;

import shop.atp.domain.FileSummary;
import shop.atp.domain.Lifecycle;
import shop.atp.domain.OrderLine;
import shop.atp.domain.OrderStatus;
import shop.atp.domain.PoStatus;
import shop.atp.domain.Product;
import shop.atp.domain.PurchaseOrderLine;
import shop.atp.domain.Shop;
import shop.atp.domain.ShopBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Feeds a generated shop straight into atp's {@link ShopBuilder}, as the CSV readers would
 * (line numbers as in the files: header = line 1), so the JMH benchmark measures the
 * allocation core without any parsing.
 */
public final class ShopBuilderSink implements ShopGenerator.Sink {

    private final ShopBuilder builder = new ShopBuilder();
    private int productLine = 1;
    private int onHandLine = 1;
    private int poLine = 1;
    private int orderLine = 1;

    /** Generates a shop of {@code orderLines} order lines in memory. */
    public static Shop generate(int orderLines, long seed) {
        ShopBuilderSink sink = new ShopBuilderSink();
        try {
            new ShopGenerator(orderLines, seed).generate(sink);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sink.build();
    }

    public Shop build() {
        builder.addFileSummary(summary("on-hand.csv", onHandLine));
        builder.addFileSummary(summary("purchase-orders.csv", poLine));
        builder.addFileSummary(summary("orders.csv", orderLine));
        builder.addFileSummary(summary("products.csv", productLine));
        return builder.build();
    }

    private static FileSummary summary(String file, int lastLine) {
        return new FileSummary(file, true, lastLine - 1L, lastLine - 1L, List.of());
    }

    @Override
    public void product(String sku, String title, String lifecycle, long planned, int releaseDay) {
        productLine++;
        Lifecycle l = lifecycle.isEmpty() ? Lifecycle.ACTIVE : Lifecycle.valueOf(lifecycle.toUpperCase(Locale.ROOT));
        builder.addProduct(new Product(sku, title, l, planned == ShopGenerator.NO_NUMBER ? 0 : planned,
                day(releaseDay)));
    }

    @Override
    public void onHand(String sku, String location, long units) {
        onHandLine++;
        builder.addOnHand(sku, units);
    }

    @Override
    public void purchaseOrderLine(String poNumber, String sku, long quantity, long received, int expectedDay,
                                  String status) {
        poLine++;
        builder.addPurchaseOrderLine(new PurchaseOrderLine(poNumber, sku, quantity, received, day(expectedDay),
                PoStatus.valueOf(status.toUpperCase(Locale.ROOT)), poLine));
    }

    @Override
    public void orderLine(String orderId, String sku, long quantity, long orderedAt, String channel, String status,
                          long shipped, int promisedDay, String customer) {
        orderLine++;
        builder.addOrderLine(new OrderLine(orderId, sku, quantity, Instant.ofEpochSecond(orderedAt), channel,
                OrderStatus.valueOf(status.toUpperCase(Locale.ROOT)), shipped, day(promisedDay), orderLine));
    }

    private static LocalDate day(int epochDay) {
        return epochDay == ShopGenerator.NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
    }
}
