package shop.atp.input;

import shop.atp.domain.ShopBuilder;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Each SKU as the shop knows it ({@link ShopBuilder.KnownSku}, which holds the one String
 * kept for the SKU), found from the chars of a cell without making them into a String
 * first: a SKU that 80,000 order lines name is made into text and looked up in the shop
 * once, and each row then comes to the shop with its SKU in hand.
 *
 * <p>An open-addressing table whose slots hold the SKU's hash and chars inline (48 bytes a
 * slot), so that a lookup reads one slot rather than following references to a key: with a
 * hundred thousand SKUs and rows streaming through the cache, each reference followed is a
 * trip to memory (bench/README: "SKU lookups"). A SKU longer than a slot holds is compared
 * with its String instead.
 */
final class SkuNames {

    /** Chars per slot: the hash (2), the length + 1 (1; 0 marks a free slot), and the SKU's first chars. */
    private static final int STRIDE = 24;
    private static final int INLINE = STRIDE - 3;
    /** The length written for a SKU longer than {@link #INLINE}: compare with its String. */
    private static final char LONG = Character.MAX_VALUE;

    private char[] slots = new char[(1 << 12) * STRIDE];
    /** Per slot: the SKU as the shop knows it; and for a SKU longer than a slot holds, its chars. */
    private ShopBuilder.KnownSku[] known = new ShopBuilder.KnownSku[1 << 12];
    private char[][] longChars = new char[1 << 12][];
    private int size;
    private int longestProbe;
    private final int seed;
    private final ShopBuilder shop;

    /** SKU names for the rows read into {@code shop}. */
    SkuNames(ShopBuilder shop) {
        this(shop, ThreadLocalRandom.current().nextInt());
    }

    /** With a chosen start for the hash (tests). */
    SkuNames(ShopBuilder shop, int seed) {
        this.shop = shop;
        this.seed = seed;
    }

    /** The SKU written as {@code b[from, to)}, as the shop knows it; made when first named. Not for an empty cell. */
    ShopBuilder.KnownSku find(char[] b, int from, int to) {
        int hash = hash(b, from, to);
        int slot = slot(b, from, to, hash);
        if (slot >= 0) {
            return known[slot];
        }
        ShopBuilder.KnownSku sku = shop.known(new String(b, from, to - from));
        put(-1 - slot, hash, sku);
        if (++size * 4 > known.length * 3) {
            grow();
        }
        return sku;
    }

    /** The slot that holds the SKU, or {@code -1 - slot} for the free slot where it would go. */
    private int slot(char[] b, int from, int to, int hash) {
        int length = to - from;
        char hashHigh = (char) (hash >>> 16);
        char hashLow = (char) hash;
        int mask = known.length - 1;
        for (int i = hash & mask, probes = 1; ; i = (i + 1) & mask, probes++) {
            int at = i * STRIDE;
            char stored = slots[at + 2];
            if (stored == 0) {
                longestProbe = Math.max(longestProbe, probes);
                return -1 - i;
            }
            if (slots[at] == hashHigh && slots[at + 1] == hashLow && holds(i, stored, b, from, length)) {
                return i;
            }
        }
    }

    private boolean holds(int slot, char stored, char[] b, int from, int length) {
        if (length > INLINE) {
            char[] chars = longChars[slot];
            return stored == LONG && chars.length == length && Arrays.equals(chars, 0, length, b, from, from + length);
        }
        if (stored != length + 1) {
            return false;
        }
        int at = slot * STRIDE + 3;
        for (int k = 0; k < length; k++) {
            if (slots[at + k] != b[from + k]) {
                return false;
            }
        }
        return true;
    }

    private void put(int slot, int hash, ShopBuilder.KnownSku sku) {
        int at = slot * STRIDE;
        slots[at] = (char) (hash >>> 16);
        slots[at + 1] = (char) hash;
        String name = sku.sku();
        int length = name.length();
        if (length > INLINE) {
            slots[at + 2] = LONG;
            longChars[slot] = name.toCharArray();
        } else {
            slots[at + 2] = (char) (length + 1);
            name.getChars(0, length, slots, at + 3);
        }
        known[slot] = sku;
    }

    private void grow() {
        char[] oldSlots = slots;
        ShopBuilder.KnownSku[] oldKnown = known;
        slots = new char[oldSlots.length * 2];
        known = new ShopBuilder.KnownSku[oldKnown.length * 2];
        longChars = new char[oldKnown.length * 2][];
        int mask = known.length - 1;
        for (int j = 0; j < oldKnown.length; j++) {
            if (oldKnown[j] != null) {
                int hash = oldSlots[j * STRIDE] << 16 | oldSlots[j * STRIDE + 1];
                int i = hash & mask;
                while (known[i] != null) {
                    i = (i + 1) & mask;
                }
                put(i, hash, oldKnown[j]);
            }
        }
    }

    /** The longest run of slots a new SKU's lookup went through (for tests). */
    int longestProbe() {
        return longestProbe;
    }

    /**
     * FNV-1a from a start drawn for this table, mixed so that the low bits that pick a slot
     * differ for SKUs that differ in their last chars. Not String.hashCode: SKUs made to share
     * it ("Aa" and "BB" swapped) would all fall on one run of slots and make reading quadratic.
     */
    private int hash(char[] b, int from, int to) {
        int h = seed;
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
