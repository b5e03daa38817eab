package shop.atp.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The notices log (SPEC "Customer notices"): what each customer was sent, and when. Only each
 * order's latest message matters: the date it was sent and the ship date it told.
 */
public final class NoticeLog {

    /** One message sent: {@code shipBy} is null when it told no date. */
    public record Entry(String orderId, NoticeKind kind, LocalDate sentOn, LocalDate shipBy) {
    }

    /** No log: every run is stateless. */
    public static final NoticeLog NONE = new NoticeLog(List.of());

    private final Map<String, Entry> latest = new HashMap<>();

    /** @param entries in file order; of two entries sent the same day, the later in the file is the latest */
    public NoticeLog(List<Entry> entries) {
        for (Entry e : entries) {
            latest.merge(e.orderId(), e, (old, now) -> now.sentOn().isBefore(old.sentOn()) ? old : now);
        }
    }

    /** The order's latest message, or null when it was sent none. */
    public Entry latest(String orderId) {
        return latest.get(orderId);
    }
}
