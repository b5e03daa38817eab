package shop.atp.domain;

import java.util.Comparator;

/**
 * First in, first out: oldest ordered_at first; ties by order_id (ids of digits only sort
 * before others and by numeric value, others as text), then by file order.
 */
public final class FifoOrder {

    public static final Comparator<OrderLine> LINES = FifoOrder::compareLines;

    private FifoOrder() {
    }

    private static int compareLines(OrderLine a, OrderLine b) {
        int byTime = a.orderedAt().compareTo(b.orderedAt());
        if (byTime != 0) {
            return byTime;
        }
        int byId = compareOrderIds(a.orderId(), b.orderId());
        return byId != 0 ? byId : Integer.compare(a.line(), b.line());
    }

    public static int compareOrderIds(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        boolean aDigits = isDigits(a);
        boolean bDigits = isDigits(b);
        if (aDigits && bDigits) {
            return compareNumerically(a, b);
        }
        if (aDigits != bDigits) {
            return aDigits ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** By value (leading zeros aside), then as text: "007" after "7". Compares in place: no copies. */
    private static int compareNumerically(String a, String b) {
        int x = firstSignificant(a);
        int y = firstSignificant(b);
        int byLength = Integer.compare(a.length() - x, b.length() - y);
        if (byLength != 0) {
            return byLength;
        }
        for (int i = x, j = y; i < a.length(); i++, j++) {
            int byDigit = Character.compare(a.charAt(i), b.charAt(j));
            if (byDigit != 0) {
                return byDigit;
            }
        }
        return a.compareTo(b);
    }

    /** The index of the first digit that is not a leading zero (the last digit when all are zeros). */
    private static int firstSignificant(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
