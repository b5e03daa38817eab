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

    private static int compareNumerically(String a, String b) {
        String x = stripLeadingZeros(a);
        String y = stripLeadingZeros(b);
        if (x.length() != y.length()) {
            return Integer.compare(x.length(), y.length());
        }
        int byValue = x.compareTo(y);
        return byValue != 0 ? byValue : a.compareTo(b);
    }

    private static String stripLeadingZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
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
