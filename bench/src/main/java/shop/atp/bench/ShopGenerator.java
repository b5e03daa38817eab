package shop.atp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic, seeded generator of realistic shops for the benchmark (issue 6).
 *
 * <p>For {@code n} order lines: {@code n / 10} SKUs, {@code n / 5} PO lines, every SKU in
 * products.csv except a few unknown ones. Demand is Zipf-like (exponent 1, so the top SKU
 * gets about 8 % of all order lines at 100 k SKUs: a few hero SKUs and a long tail). About
 * 30 % of the SKUs have on_hand 0, 15 % are stocked in two locations, a few have a negative
 * on_hand. POs are expected from 10 days late to 60 days out of the as-of date 2026-11-24, in
 * every status. Orders come from dtc, amazon, ebay, walmart and tiktok over the 90 days
 * before the as-of date, mostly open; 2 % of the products are {@code new} (planned
 * production, release date) and 5 % {@code discontinued}.
 *
 * <p>The same seed and size always give the same rows (a {@link SplittableRandom} per file,
 * split from the seed), whichever {@link Sink} receives them: {@link CsvSink} writes the four
 * CSV files of SPEC.md, the JMH benchmark feeds a {@code ShopBuilder} directly.
 *
 * <p>Usage: {@code java -cp benchmarks.jar shop.atp.bench.ShopGenerator OUT_DIR ORDER_LINES [SEED]},
 * ORDER_LINES as a number or with a k/m suffix ({@code 100k}, {@code 1m}, {@code 3m}).
 */
public final class ShopGenerator {

    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    public static final int AS_OF_DAY = (int) AS_OF.toEpochDay();
    /** Marks a blank date cell. */
    public static final int NO_DATE = Integer.MIN_VALUE;
    /** Marks a blank number cell. */
    public static final long NO_NUMBER = Long.MIN_VALUE;

    static final double ZIPF_EXPONENT = 1.0;
    static final int ORDER_HISTORY_DAYS = 90;

    static final String[] CHANNELS = {"dtc", "amazon", "ebay", "walmart", "tiktok"};
    static final double[] CHANNEL_SHARE = {0.50, 0.25, 0.10, 0.10, 0.05};
    static final String[] PO_STATUSES = {"open", "confirmed", "in_transit", "received", "closed", "cancelled"};
    static final double[] PO_STATUS_SHARE = {0.20, 0.30, 0.15, 0.20, 0.10, 0.05};

    private static final String[] CATEGORIES = {"TEE", "HOD", "CAP", "MUG", "BAG", "SCK", "PST", "STK"};
    private static final String[] NOUNS = {"Tee", "Hoodie", "Cap", "Mug", "Tote Bag", "Socks", "Poster", "Sticker"};
    private static final String[] ADJECTIVES = {"Classic", "Organic Cotton", "Vintage", "Heavyweight", "Everyday",
        "Limited Edition", "Recycled", "Signature", "Retro", "Essential"};
    private static final String[] COLOURS = {"Black", "White", "Navy", "Heather Grey", "Forest", "Sand", "Rust",
        "Lilac"};
    private static final String[] SIZES = {"XS", "S", "M", "L", "XL", "XXL", "One Size"};

    /** Receives the rows of a generated shop: all products, then on-hand, PO and order rows. */
    public interface Sink {

        /** {@code lifecycle} "" for blank; {@code planned} {@link #NO_NUMBER} and {@code releaseDay} {@link #NO_DATE} for blank. */
        void product(String sku, String title, String lifecycle, long planned, int releaseDay) throws IOException;

        void onHand(String sku, String location, long units) throws IOException;

        /** {@code expectedDay}: epoch day, or {@link #NO_DATE}. */
        void purchaseOrderLine(String poNumber, String sku, long quantity, long received, int expectedDay,
                               String status) throws IOException;

        /** {@code orderedAt}: epoch second (UTC); {@code promisedDay}: epoch day, or {@link #NO_DATE}. */
        void orderLine(String orderId, String sku, long quantity, long orderedAt, String channel, String status,
                       long shipped, int promisedDay, String customer) throws IOException;
    }

    /** What one run produced. */
    public record Counts(int skus, long products, long onHandRows, long poLines, long orderLines) {
        public long total() {
            return products + onHandRows + poLines + orderLines;
        }
    }

    private static final byte ACTIVE = 0;
    private static final byte NEW = 1;
    private static final byte DISCONTINUED = 2;
    private static final byte UNKNOWN = 3;

    private final int orderLines;
    private final int skuCount;
    private final int poLineCount;
    private final long seed;

    private final String[] skus;
    private final byte[] lifecycle;
    /** Expected open units of each SKU over the whole order file (drives stock and PO sizes). */
    private final double[] demand;
    /** Each SKU's share of the order lines. */
    private final double[] share;
    /** Cumulative Zipf probabilities by rank; {@code skuByRank} maps a rank to a SKU index. */
    private final double[] cdf;
    private final int[] skuByRank;

    public ShopGenerator(int orderLines, long seed) {
        if (orderLines < 10) {
            throw new IllegalArgumentException("at least 10 order lines");
        }
        this.orderLines = orderLines;
        this.skuCount = orderLines / 10;
        this.poLineCount = orderLines / 5;
        this.seed = seed;
        this.skus = new String[skuCount];
        this.lifecycle = new byte[skuCount];
        this.demand = new double[skuCount];
        this.share = new double[skuCount];
        this.cdf = new double[skuCount];
        this.skuByRank = new int[skuCount];
        buildCatalogue(new SplittableRandom(seed ^ 0x5EED_CA7AL));
    }

    public int skuCount() {
        return skuCount;
    }

    private void buildCatalogue(SplittableRandom rnd) {
        int width = Math.max(6, Integer.toString(skuCount).length());
        for (int i = 0; i < skuCount; i++) {
            skus[i] = CATEGORIES[i % CATEGORIES.length] + '-' + pad(i + 1, width);
            skuByRank[i] = i;
        }
        for (int i = skuCount - 1; i > 0; i--) { // Fisher-Yates: hero SKUs anywhere in the catalogue
            int j = rnd.nextInt(i + 1);
            int t = skuByRank[i];
            skuByRank[i] = skuByRank[j];
            skuByRank[j] = t;
        }
        double sum = 0;
        for (int r = 0; r < skuCount; r++) {
            sum += 1.0 / Math.pow(r + 1, ZIPF_EXPONENT);
            cdf[r] = sum;
        }
        double expectedOpenUnits = orderLines * 1.45 * 0.75; // mean quantity × share of open lines
        for (int r = 0; r < skuCount; r++) {
            double p = (1.0 / Math.pow(r + 1, ZIPF_EXPONENT)) / sum;
            cdf[r] /= sum;
            share[skuByRank[r]] = p;
            demand[skuByRank[r]] = expectedOpenUnits * p;
        }
        cdf[skuCount - 1] = 1.0;
        for (int r = 0; r < skuCount; r++) {
            int i = skuByRank[r];
            if (r < 20) { // the hero SKUs are ordinary, selling products
                lifecycle[i] = ACTIVE;
                continue;
            }
            double u = rnd.nextDouble();
            lifecycle[i] = u < 0.02 ? NEW : u < 0.07 ? DISCONTINUED : u < 0.072 ? UNKNOWN : ACTIVE;
        }
    }

    /** A SKU index drawn with Zipf-like probability. */
    private int zipfSku(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        int lo = 0;
        int hi = skuCount - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return skuByRank[lo];
    }

    private static int pick(SplittableRandom rnd, double[] shares) {
        double u = rnd.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            u -= shares[i];
            if (u < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    /** Generates the whole shop into {@code sink}. */
    public Counts generate(Sink sink) throws IOException {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom productRnd = root.split();
        SplittableRandom onHandRnd = root.split();
        SplittableRandom poRnd = root.split();
        SplittableRandom orderRnd = root.split();
        long products = products(sink, productRnd);
        long onHand = onHand(sink, onHandRnd);
        long pos = purchaseOrders(sink, poRnd);
        long orders = orders(sink, orderRnd);
        return new Counts(skuCount, products, onHand, pos, orders);
    }

    private long products(Sink sink, SplittableRandom rnd) throws IOException {
        long rows = 0;
        StringBuilder title = new StringBuilder(64);
        for (int i = 0; i < skuCount; i++) {
            if (lifecycle[i] == UNKNOWN) {
                continue; // sold and bought, but in no catalogue nor stock file: UNKNOWN_SKU
            }
            title.setLength(0);
            title.append(ADJECTIVES[rnd.nextInt(ADJECTIVES.length)]).append(' ')
                    .append(NOUNS[i % NOUNS.length]).append(' ').append(COLOURS[rnd.nextInt(COLOURS.length)])
                    .append(" / ").append(SIZES[rnd.nextInt(SIZES.length)]);
            double u = rnd.nextDouble();
            if (u < 0.10) {
                title.append(", 2-pack"); // a comma: the cell is quoted
            } else if (u < 0.11) {
                title.append(" 12\" wide"); // an embedded quote
            }
            switch (lifecycle[i]) {
                case NEW -> sink.product(skus[i], title.toString(), "new", 200 + 50L * rnd.nextInt(97),
                        AS_OF_DAY + 10 + rnd.nextInt(51));
                case DISCONTINUED -> sink.product(skus[i], title.toString(), "discontinued", NO_NUMBER, NO_DATE);
                default -> sink.product(skus[i], title.toString(), rnd.nextBoolean() ? "active" : "", NO_NUMBER,
                        NO_DATE);
            }
            rows++;
        }
        return rows;
    }

    private long onHand(Sink sink, SplittableRandom rnd) throws IOException {
        long rows = 0;
        for (int i = 0; i < skuCount; i++) {
            if (lifecycle[i] == NEW || lifecycle[i] == UNKNOWN) {
                continue; // never stocked yet / not in the stock export
            }
            double u = rnd.nextDouble();
            long units;
            if (u < 0.30) {
                units = 0;
            } else if (u < 0.303) {
                units = -1 - rnd.nextInt(5); // data drift: NEGATIVE_ON_HAND
            } else {
                units = Math.round(demand[i] * (0.2 + 1.3 * rnd.nextDouble())) + 1 + rnd.nextInt(20);
            }
            if (rnd.nextDouble() < 0.15) {
                long first = units <= 0 ? units : Math.round(units * (0.3 + 0.4 * rnd.nextDouble()));
                sink.onHand(skus[i], "main", first);
                sink.onHand(skus[i], "east", units <= 0 ? 0 : units - first);
                rows += 2;
            } else {
                sink.onHand(skus[i], "main", units);
                rows++;
            }
        }
        return rows;
    }

    /** How many PO lines name SKU {@code i} on average: 60 % are drawn by demand, 40 % uniformly. */
    private double expectedPoLines(int i) {
        return poLineCount * (0.6 * share[i] + 0.4 / skuCount);
    }

    private long purchaseOrders(Sink sink, SplittableRandom rnd) throws IOException {
        long written = 0;
        int poNumber = 100_000;
        while (written < poLineCount) {
            poNumber++;
            String po = "PO-" + poNumber;
            int lines = (int) Math.min(1 + rnd.nextInt(19), poLineCount - written);
            String status = PO_STATUSES[pick(rnd, PO_STATUS_SHARE)];
            int expected = status.equals("received") || status.equals("closed")
                    ? AS_OF_DAY - 10 + rnd.nextInt(16) // arrived around the as-of date
                    : AS_OF_DAY - 10 + rnd.nextInt(71); // 10 days late .. 60 days out
            if (status.equals("open") && rnd.nextDouble() < 0.04) {
                expected = NO_DATE; // the supplier has not given a date yet
            }
            for (int l = 0; l < lines; l++) {
                int i = rnd.nextDouble() < 0.6 ? zipfSku(rnd) : rnd.nextInt(skuCount);
                // about 80 % of the SKU's expected demand over all of its PO lines, in cases of 6
                double perLine = demand[i] * 0.8 / expectedPoLines(i);
                long quantity = 6L * Math.max(1, Math.round(perLine * (0.3 + 1.4 * rnd.nextDouble()) / 6));
                String lineStatus = status;
                long received = 0;
                switch (status) {
                    case "received", "closed" -> received = quantity;
                    case "in_transit" -> received = rnd.nextDouble() < 0.1 ? quantity / 2 : 0;
                    default -> {
                    }
                }
                if (lifecycle[i] == DISCONTINUED && (status.equals("open") || status.equals("confirmed"))) {
                    lineStatus = "cancelled"; // no more stock for a discontinued product
                }
                sink.purchaseOrderLine(po, skus[i], quantity, received, expected, lineStatus);
                written++;
            }
        }
        return written;
    }

    private long orders(Sink sink, SplittableRandom rnd) throws IOException {
        long start = (long) (AS_OF_DAY - ORDER_HISTORY_DAYS) * 86_400L;
        long span = (long) ORDER_HISTORY_DAYS * 86_400L - 3_600L;
        int customers = Math.max(1, orderLines / 4);
        long orderSeq = 0;
        StringBuilder id = new StringBuilder(24);
        int i = 0;
        while (i < orderLines) {
            orderSeq++;
            double lu = rnd.nextDouble();
            int lines = Math.min(lu < 0.60 ? 1 : lu < 0.85 ? 2 : lu < 0.95 ? 3 : 4, orderLines - i);
            int channel = pick(rnd, CHANNEL_SHARE);
            long orderedAt = start + (long) ((double) i * span / orderLines) + rnd.nextInt(60);
            String orderId = orderId(id, CHANNELS[channel], orderSeq, rnd);
            String customer = "c" + rnd.nextInt(customers) + "@example.com";
            double su = rnd.nextDouble();
            String status = su < 0.75 ? "open" : su < 0.95 ? "shipped" : "cancelled";
            int promised = NO_DATE;
            if (status.equals("open") && rnd.nextDouble() < 0.15) {
                promised = (int) Math.floorDiv(orderedAt, 86_400L) + 3 + rnd.nextInt(18);
            }
            for (int l = 0; l < lines; l++, i++) {
                int s = zipfSku(rnd);
                double qu = rnd.nextDouble();
                long quantity = qu < 0.75 ? 1 : qu < 0.90 ? 2 : qu < 0.98 ? 3 + rnd.nextInt(3) : 6 + rnd.nextInt(15);
                long shipped = 0;
                if (status.equals("shipped")) {
                    shipped = quantity;
                } else if (status.equals("open") && quantity > 1 && rnd.nextDouble() < 0.03) {
                    shipped = 1 + rnd.nextInt((int) quantity - 1); // partly shipped
                }
                sink.orderLine(orderId, skus[s], quantity, orderedAt, CHANNELS[channel], status, shipped, promised,
                        customer);
            }
        }
        return orderLines;
    }

    /** Order ids as the channels write them: digits for dtc, walmart and tiktok; dashed for amazon and ebay. */
    private static String orderId(StringBuilder id, String channel, long seq, SplittableRandom rnd) {
        id.setLength(0);
        switch (channel) {
            case "dtc" -> id.append(1_000_000L + seq);
            case "amazon" -> id.append(111 + rnd.nextInt(3)).append('-').append(pad(rnd.nextInt(10_000_000), 7))
                    .append('-').append(pad(seq % 10_000_000, 7));
            case "ebay" -> id.append(10 + rnd.nextInt(90)).append('-').append(pad(rnd.nextInt(100_000), 5))
                    .append('-').append(pad(seq % 100_000, 5));
            case "walmart" -> id.append(1_080_000_000_000L + seq * 7);
            default -> id.append(576_000_000_000_000_000L + seq * 13);
        }
        return id.toString();
    }

    static String pad(long value, int width) {
        String s = Long.toString(value);
        if (s.length() >= width) {
            return s;
        }
        StringBuilder b = new StringBuilder(width);
        for (int k = s.length(); k < width; k++) {
            b.append('0');
        }
        return b.append(s).toString();
    }

    /** Parses 100000, 100k, 1m, 3M. */
    public static int parseSize(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "");
        long factor = 1;
        if (t.endsWith("k")) {
            factor = 1_000;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            factor = 1_000_000;
            t = t.substring(0, t.length() - 1);
        }
        return Math.toIntExact(Long.parseLong(t) * factor);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: ShopGenerator OUT_DIR ORDER_LINES [SEED]   (ORDER_LINES e.g. 100k, 1m, 3m)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int lines = parseSize(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        Counts counts;
        try (CsvSink sink = new CsvSink(dir)) {
            counts = new ShopGenerator(lines, seed).generate(sink);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT,
                "%s: %d SKUs, products %d, on-hand %d, PO lines %d, order lines %d (%d data rows) in %.2f s, seed %d%n",
                dir, counts.skus(), counts.products(), counts.onHandRows(), counts.poLines(), counts.orderLines(),
                counts.total(), secs, seed);
    }
}
