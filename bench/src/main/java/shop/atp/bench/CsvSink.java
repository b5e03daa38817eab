package shop.atp.bench;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a generated shop as the four CSV exports of SPEC.md (comma, LF, header row, UTF-8,
 * RFC 4180 quoting where a cell needs it). Dates and date-times are written from a table of
 * precomputed day strings and a char buffer: no per-row formatting.
 */
public final class CsvSink implements ShopGenerator.Sink, Closeable {

    /** Days around the as-of date whose ISO text is precomputed. */
    private static final int DAY_RANGE = 1_000;

    private final Writer products;
    private final Writer onHand;
    private final Writer purchaseOrders;
    private final Writer orders;
    private final String[] dayText = new String[2 * DAY_RANGE + 1];
    private final char[] dateTime = new char[20];

    public CsvSink(Path dir) throws IOException {
        products = open(dir.resolve("products.csv"), "sku,title,lifecycle,planned_production,release_date");
        onHand = open(dir.resolve("on-hand.csv"), "sku,location,on_hand");
        purchaseOrders = open(dir.resolve("purchase-orders.csv"),
                "po_number,sku,quantity,received,expected_date,status");
        orders = open(dir.resolve("orders.csv"),
                "order_id,sku,quantity,ordered_at,channel,status,shipped,promised_date,customer");
    }

    private static Writer open(Path file, String header) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
        w.write(header);
        w.write('\n');
        return w;
    }

    @Override
    public void product(String sku, String title, String lifecycle, long planned, int releaseDay) throws IOException {
        Writer w = products;
        w.write(sku);
        w.write(',');
        writeText(w, title);
        w.write(',');
        w.write(lifecycle);
        w.write(',');
        if (planned != ShopGenerator.NO_NUMBER) {
            w.write(Long.toString(planned));
        }
        w.write(',');
        writeDay(w, releaseDay);
        w.write('\n');
    }

    @Override
    public void onHand(String sku, String location, long units) throws IOException {
        Writer w = onHand;
        w.write(sku);
        w.write(',');
        w.write(location);
        w.write(',');
        w.write(Long.toString(units));
        w.write('\n');
    }

    @Override
    public void purchaseOrderLine(String poNumber, String sku, long quantity, long received, int expectedDay,
                                  String status) throws IOException {
        Writer w = purchaseOrders;
        w.write(poNumber);
        w.write(',');
        w.write(sku);
        w.write(',');
        w.write(Long.toString(quantity));
        w.write(',');
        w.write(Long.toString(received));
        w.write(',');
        writeDay(w, expectedDay);
        w.write(',');
        w.write(status);
        w.write('\n');
    }

    @Override
    public void orderLine(String orderId, String sku, long quantity, long orderedAt, String channel, String status,
                          long shipped, int promisedDay, String customer) throws IOException {
        Writer w = orders;
        w.write(orderId);
        w.write(',');
        w.write(sku);
        w.write(',');
        w.write(Long.toString(quantity));
        w.write(',');
        writeDateTime(w, orderedAt);
        w.write(',');
        w.write(channel);
        w.write(',');
        w.write(status);
        w.write(',');
        w.write(Long.toString(shipped));
        w.write(',');
        writeDay(w, promisedDay);
        w.write(',');
        w.write(customer);
        w.write('\n');
    }

    private String day(int epochDay) {
        int i = epochDay - ShopGenerator.AS_OF_DAY + DAY_RANGE;
        if (i < 0 || i >= dayText.length) {
            return LocalDate.ofEpochDay(epochDay).toString();
        }
        String s = dayText[i];
        if (s == null) {
            s = LocalDate.ofEpochDay(epochDay).toString();
            dayText[i] = s;
        }
        return s;
    }

    private void writeDay(Writer w, int epochDay) throws IOException {
        if (epochDay != ShopGenerator.NO_DATE) {
            w.write(day(epochDay));
        }
    }

    /** {@code 2026-11-03T14:05:09Z} */
    private void writeDateTime(Writer w, long epochSecond) throws IOException {
        int epochDay = (int) Math.floorDiv(epochSecond, 86_400L);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        day(epochDay).getChars(0, 10, dateTime, 0);
        dateTime[10] = 'T';
        two(secondOfDay / 3600, 11);
        dateTime[13] = ':';
        two(secondOfDay / 60 % 60, 14);
        dateTime[16] = ':';
        two(secondOfDay % 60, 17);
        dateTime[19] = 'Z';
        w.write(dateTime, 0, 20);
    }

    private void two(int value, int at) {
        dateTime[at] = (char) ('0' + value / 10);
        dateTime[at + 1] = (char) ('0' + value % 10);
    }

    /** RFC 4180: quoted when the cell holds a comma, a quote or a line break; quotes doubled. */
    private static void writeText(Writer w, String text) throws IOException {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            w.write(text);
            return;
        }
        w.write('"');
        w.write(text.replace("\"", "\"\""));
        w.write('"');
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Writer w : new Writer[]{products, onHand, purchaseOrders, orders}) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
