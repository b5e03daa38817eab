package shop.atp.input;

import java.util.Arrays;

/**
 * The one String kept for each SKU, and its number (0, 1, 2, … in the order SKUs are first
 * named), found from the chars of a cell without making them into a String first: a SKU
 * that 80,000 order lines name is made into text once, and the shop finds its tally by the
 * number, with no second lookup by text.
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
    private String[] names = new String[1 << 12];
    /** Per slot: the SKU's number; and for a SKU longer than a slot holds, its chars. */
    private int[] numbers = new int[1 << 12];
    private char[][] longChars = new char[1 << 12][];
    private int size;
    private int lastNumber = -1;

    /**
     * The SKU written as {@code b[from, to)}: the String kept for it, made when it is first
     * named; its number is then {@link #lastNumber}. An empty cell is the empty text.
     */
    String name(char[] b, int from, int to) {
        if (from == to) {
            lastNumber = -1;
            return "";
        }
        int hash = hash(b, from, to);
        int slot = slot(b, from, to, hash);
        if (slot >= 0) {
            lastNumber = numbers[slot];
            return names[slot];
        }
        String name = new String(b, from, to - from);
        lastNumber = size++;
        put(-1 - slot, hash, name, lastNumber);
        if (size * 4 > names.length * 3) {
            grow();
        }
        return name;
    }

    /** The number of the SKU {@link #name} gave last: 0, 1, 2, … in the order SKUs were first named; -1 for the empty text. */
    int lastNumber() {
        return lastNumber;
    }

    /** The slot that holds the SKU, or {@code -1 - slot} for the free slot where it would go. */
    private int slot(char[] b, int from, int to, int hash) {
        int length = to - from;
        char hashHigh = (char) (hash >>> 16);
        char hashLow = (char) hash;
        int mask = names.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int at = i * STRIDE;
            char stored = slots[at + 2];
            if (stored == 0) {
                return -1 - i;
            }
            if (slots[at] == hashHigh && slots[at + 1] == hashLow && holds(i, stored, b, from, length)) {
                return i;
            }
        }
    }

    private boolean holds(int slot, char stored, char[] b, int from, int length) {
        if (length > INLINE) {
            return stored == LONG && Arrays.equals(longChars[slot], 0, length, b, from, from + length);
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

    private void put(int slot, int hash, String name, int number) {
        int at = slot * STRIDE;
        slots[at] = (char) (hash >>> 16);
        slots[at + 1] = (char) hash;
        int length = name.length();
        if (length > INLINE) {
            slots[at + 2] = LONG;
            longChars[slot] = name.toCharArray();
        } else {
            slots[at + 2] = (char) (length + 1);
            name.getChars(0, length, slots, at + 3);
        }
        names[slot] = name;
        numbers[slot] = number;
    }

    private void grow() {
        char[] oldSlots = slots;
        String[] oldNames = names;
        int[] oldNumbers = numbers;
        slots = new char[oldSlots.length * 2];
        names = new String[oldNames.length * 2];
        numbers = new int[oldNumbers.length * 2];
        longChars = new char[oldNames.length * 2][];
        int mask = names.length - 1;
        for (int j = 0; j < oldNames.length; j++) {
            if (oldNames[j] != null) {
                int hash = oldSlots[j * STRIDE] << 16 | oldSlots[j * STRIDE + 1];
                int i = hash & mask;
                while (names[i] != null) {
                    i = (i + 1) & mask;
                }
                put(i, hash, oldNames[j], oldNumbers[j]);
            }
        }
    }

    /** String's hash, mixed so that the low bits that pick a slot differ for SKUs that differ in their last chars. */
    private static int hash(char[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
