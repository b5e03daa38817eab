package shop.atp.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC "Customer notices": which message each waiting customer is due on the as-of date. An
 * order is in scope when a line of it is not wholly served from on hand and its channel takes
 * backorders (a marketplace talks to its own buyers). Kinds are checked in SPEC's order
 * (delay, confirmation, update); an order gets at most one message a run.
 */
public final class Notices {

    private Notices() {
    }

    /**
     * @param since the first day whose orders are confirmed, and the day after which an update
     *              falls due when the log has none for the order
     */
    public static List<DueNotice> due(Analysis analysis, NoticeLog log, LocalDate since) {
        LocalDate asOf = analysis.asOf();
        Policy policy = analysis.policy();
        int every = policy.notices().updateEveryDays();
        List<DueNotice> due = new ArrayList<>();
        for (OrderGroups.Group g : analysis.orderGroups()) {
            List<DueNotice.WaitingLine> waiting = new ArrayList<>();
            Waiting w = waiting(g, analysis, waiting);
            if (waiting.isEmpty()) {
                continue;
            }
            NoticeLog.Entry last = log.latest(g.first().orderId());
            LocalDate told = last != null ? last.shipBy() : w.latestPromisedDate;
            LocalDate orderedOn = g.first().orderedAt().atZone(policy.timezone()).toLocalDate();
            NoticeKind kind = kind(w, last, told, orderedOn, since, asOf, every);
            if (kind != null) {
                due.add(new DueNotice(g.first().orderId(), w.customer, w.firstWaiting.channel(), orderedOn, kind,
                        w.undated ? null : w.latestPromise, told, w.position, w.queueSize, waiting));
            }
        }
        return due;
    }

    /** What the order's waiting lines say, gathered in one pass over its pieces. */
    private static final class Waiting {
        String customer = "";
        LocalDate latestPromise;
        boolean undated;
        LocalDate latestPromisedDate;
        Integer position;
        Integer queueSize;
        OrderLine firstWaiting;
    }

    private static Waiting waiting(OrderGroups.Group g, Analysis analysis, List<DueNotice.WaitingLine> out) {
        Waiting w = new Waiting();
        List<Piece> pieces = g.pieces();
        int i = 0;
        while (i < pieces.size()) {
            OrderLine line = pieces.get(i).order();
            int end = i;
            while (end < pieces.size() && pieces.get(end).order() == line) {
                end++;
            }
            if (!analysis.policy().rulesFor(line.sku()).channel(line.channel()).backorder()) {
                // a marketplace line: the marketplace talks to its buyers
                i = end;
                continue;
            }
            if (w.customer.isEmpty()) {
                w.customer = line.customer();
            }
            if (line.promisedDate() != null && (w.latestPromisedDate == null || line.promisedDate().isAfter(w.latestPromisedDate))) {
                w.latestPromisedDate = line.promisedDate();
            }
            DueNotice.WaitingLine waiting = waitingLine(pieces.subList(i, end), analysis, w);
            if (waiting != null) {
                out.add(waiting);
            }
            i = end;
        }
        return w;
    }

    /** The line's part that waits, or null when on hand serves it wholly. */
    private static DueNotice.WaitingLine waitingLine(List<Piece> pieces, Analysis analysis, Waiting w) {
        long units = 0;
        LocalDate promise = null;
        boolean undated = false;
        Piece firstWaiting = null;
        for (Piece p : pieces) {
            if (p.promisedDate() == null) {
                undated = true;
            } else if (promise == null || p.promisedDate().isAfter(promise)) {
                promise = p.promisedDate();
            }
            if (p.kind() != SourceKind.ON_HAND) {
                units += p.quantity();
                if (firstWaiting == null) {
                    firstWaiting = p;
                }
            }
        }
        if (firstWaiting == null) {
            return null;
        }
        OrderLine line = firstWaiting.order();
        if (w.firstWaiting == null || FifoOrder.LINES.compare(line, w.firstWaiting) < 0) {
            w.firstWaiting = line;
            w.position = firstWaiting.position();
            w.queueSize = firstWaiting.queueSize();
        }
        LocalDate newPromise = undated ? null : promise;
        if (newPromise == null) {
            w.undated = true;
        } else if (w.latestPromise == null || newPromise.isAfter(w.latestPromise)) {
            w.latestPromise = newPromise;
        }
        SkuPicture sku = analysis.sku(line.sku());
        return new DueNotice.WaitingLine(line.sku(), sku.facts().title(), units, newPromise,
                firstWaiting.state() == PieceState.PREORDER, stock(firstWaiting, sku), arrival(firstWaiting, sku));
    }

    private static DueNotice.Stock stock(Piece p, SkuPicture sku) {
        return switch (p.kind()) {
            case PRODUCTION -> DueNotice.Stock.IN_PRODUCTION;
            case PURCHASE_ORDER -> sku.isConfirmed(p.po()) ? DueNotice.Stock.IN_TRANSIT : DueNotice.Stock.AWAITING_CONFIRMATION;
            default -> DueNotice.Stock.AWAITING_CONFIRMATION;
        };
    }

    /** When the waiting units reach the warehouse, when a date still holds. */
    private static LocalDate arrival(Piece p, SkuPicture sku) {
        return switch (p.kind()) {
            case PRODUCTION -> sku.product().releaseDate();
            case PURCHASE_ORDER -> p.po().expectedDate() == null || p.po().isLate(sku.asOf()) ? null : p.po().expectedDate();
            default -> null;
        };
    }

    /** SPEC's three kinds, in order; null when the order is due nothing today. */
    static NoticeKind kind(Waiting w, NoticeLog.Entry last, LocalDate told, LocalDate orderedOn, LocalDate since,
                           LocalDate asOf, int every) {
        boolean later = told != null && (w.undated || (w.latestPromise != null && w.latestPromise.isAfter(told)));
        if (later) {
            return NoticeKind.DELAY;
        }
        if (last == null && !orderedOn.isBefore(since) && orderedOn.isBefore(asOf)) {
            return NoticeKind.CONFIRMATION;
        }
        if (last != null) {
            return ChronoUnit.DAYS.between(last.sentOn(), asOf) >= every ? NoticeKind.UPDATE : null;
        }
        return periodEndsIn(orderedOn, every, since, asOf) ? NoticeKind.UPDATE : null;
    }

    /** Whether orderedOn + k × every, for some whole k ≥ 1, falls in (since, asOf]. */
    static boolean periodEndsIn(LocalDate orderedOn, int every, LocalDate since, LocalDate asOf) {
        long toAsOf = ChronoUnit.DAYS.between(orderedOn, asOf);
        if (toAsOf < every) {
            return false;
        }
        long k = toAsOf / every;
        return orderedOn.plusDays(k * every).isAfter(since);
    }
}
