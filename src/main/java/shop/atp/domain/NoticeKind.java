package shop.atp.domain;

import java.util.Locale;

/** The message an order is due (SPEC "Customer notices"), in the order they are checked. */
public enum NoticeKind {
    /** A waiting line's promise is later than what the customer was last told, or no longer has a date. */
    DELAY,
    /** A new order with waiting lines, not yet told anything. */
    CONFIRMATION,
    /** A waiting customer not told anything for update_every_days days. */
    UPDATE;

    /** The word in the log, the output and the template's file name. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NoticeKind byWord(String word) {
        for (NoticeKind k : values()) {
            if (k.word().equalsIgnoreCase(word)) {
                return k;
            }
        }
        return null;
    }
}
