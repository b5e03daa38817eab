package shop.atp.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ObjLongConsumer;

/**
 * What the platforms' own exports say beside atp's counts: each platform's committed count
 * per SKU, the open units of its orders read, and the SKUs whose stock came net of those
 * orders. From them: the SKUs where a platform's count and its orders disagree
 * (PLATFORM_MISMATCH), and the open units to add back to stock that came net of them.
 */
final class PlatformCounts {

    /** Per platform and SKU: {committed, open units, committed given (1) or not (0)}. */
    private final Map<String, Map<String, long[]>> counts = new TreeMap<>();
    /** Per platform: the SKUs whose on-hand came net of the platform's open orders (added back at build). */
    private final Map<String, Set<String>> netOfOrders = new TreeMap<>();
    /** The platforms whose orders exports were read (their counts are compared only then). */
    private final Set<String> ordersRead = new TreeSet<>();

    void addCommitted(String platform, String sku, long units) {
        long[] c = counts(platform, sku);
        c[0] = Math.addExact(c[0], units);
        c[2] = 1;
    }

    void addOpen(String platform, String sku, long units) {
        long[] c = counts(platform, sku);
        c[1] = Math.addExact(c[1], units);
    }

    void addNetOfOrders(String platform, String sku) {
        netOfOrders.computeIfAbsent(platform, p -> new TreeSet<>()).add(sku);
    }

    void ordersRead(String platform) {
        ordersRead.add(platform);
    }

    private long[] counts(String platform, String sku) {
        // a hash map: a million Shopify lines look their SKU up here (a tree of Strings cost 13 % of such a read)
        return counts.computeIfAbsent(platform, p -> new HashMap<>()).computeIfAbsent(sku, s -> new long[3]);
    }

    /** Takes in what {@code later} counted (a part of a file read on another core). */
    void merge(PlatformCounts later) {
        ordersRead.addAll(later.ordersRead);
        later.netOfOrders.forEach((platform, skus) -> netOfOrders.computeIfAbsent(platform, p -> new TreeSet<>())
                .addAll(skus));
        later.counts.forEach((platform, bySku) -> bySku.forEach((sku, c) -> {
            long[] mine = counts(platform, sku);
            mine[0] += c[0];
            mine[1] += c[1];
            mine[2] |= c[2];
        }));
    }

    /**
     * Adds back the open units of each platform's orders read to the on-hand figures that came
     * net of them (through {@code addOnHand}); says what it did, or that it could not (no
     * orders of that platform read).
     */
    List<ReadingNote> addBackNetOfOrders(ObjLongConsumer<String> addOnHand) {
        List<ReadingNote> notes = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : netOfOrders.entrySet()) {
            String platform = e.getKey();
            if (!ordersRead.contains(platform)) {
                notes.add(new ReadingNote(platform + "'s stock figures are net of its open orders, but no " + platform
                        + " orders export was read: read as they are (give the orders export too)", true));
                continue;
            }
            long added = 0;
            for (String sku : e.getValue()) {
                long[] c = counts.getOrDefault(platform, Map.of()).get(sku);
                long open = c == null ? 0 : c[1];
                if (open > 0) {
                    addOnHand.accept(sku, open);
                    added = Math.addExact(added, open);
                }
            }
            notes.add(new ReadingNote(platform + "'s stock figures are net of its open orders: "
                    + Words.counted(added, "open unit") + " of the " + platform + " orders read added back to on hand",
                    false));
        }
        return notes;
    }

    /** The SKUs whose platform's committed count differs from the open units of its orders read, by SKU. */
    List<PlatformMismatch> mismatches() {
        List<PlatformMismatch> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, long[]>> p : counts.entrySet()) {
            if (!ordersRead.contains(p.getKey())) {
                continue;
            }
            for (Map.Entry<String, long[]> e : p.getValue().entrySet()) {
                long[] c = e.getValue();
                if (c[2] == 1 && c[0] != c[1]) {
                    out.add(new PlatformMismatch(e.getKey(), p.getKey(), c[0], c[1]));
                }
            }
        }
        out.sort(Comparator.comparing(PlatformMismatch::sku).thenComparing(PlatformMismatch::platform));
        return out;
    }
}
