package shop.atp.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A shop's files written into a test's temporary folder, with valid defaults for the files a test does not set. */
public final class ShopFolder {

    public static final String ON_HAND = "sku,on_hand\nA,5\n";
    public static final String POS = "po_number,sku,quantity,expected_date,status\nPO-1,A,10,2026-12-01,confirmed\n";
    public static final String ORDERS = "order_id,sku,quantity,ordered_at\n1001,A,2,2026-11-01\n";

    private final Path dir;

    public ShopFolder(Path dir) {
        this.dir = dir;
        write("on-hand.csv", ON_HAND);
        write("purchase-orders.csv", POS);
        write("orders.csv", ORDERS);
    }

    public ShopFolder write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public ShopFolder write(String name, byte[] content) {
        try {
            Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** orders.csv of {@code lines} open order lines over {@code skus} SKUs, ordered between 10 and 24 November. */
    public ShopFolder manyOrders(int lines, int skus) {
        StringBuilder orders = new StringBuilder("order_id,sku,quantity,ordered_at\n");
        for (int i = 0; i < lines; i++) {
            orders.append(i).append(",SKU-").append(i % skus).append(",1,2026-11-").append(10 + i % 15).append('\n');
        }
        return write("orders.csv", orders.toString());
    }

    public Path dir() {
        return dir;
    }

    public String data() {
        return dir.toString();
    }

    /** Runs a command on this folder as of 2026-11-24. */
    public CliRun run(String command, String... more) {
        String[] args = new String[more.length + 5];
        args[0] = command;
        args[1] = "--data";
        args[2] = data();
        args[3] = "--as-of";
        args[4] = "2026-11-24";
        System.arraycopy(more, 0, args, 5, more.length);
        return CliRun.run(args);
    }
}
