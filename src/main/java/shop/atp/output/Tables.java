package shop.atp.output;

import shop.atp.domain.Cover;
import shop.atp.domain.Decision;
import shop.atp.domain.Delivery;
import shop.atp.domain.HealthMeasure;
import shop.atp.domain.OpenOrder;
import shop.atp.domain.Decisions;
import shop.atp.domain.Finding;
import shop.atp.domain.Piece;
import shop.atp.domain.PreorderTracker;
import shop.atp.domain.RankedPiece;
import shop.atp.domain.SkuPicture;
import shop.atp.domain.SkuQuantities;

import java.time.ZoneId;
import java.util.List;

/** The rows and columns of each command's output, in SPEC's column order. */
public final class Tables {

    public static final List<String> AVAILABILITY = List.of("sku", "title", "on_hand", "incoming", "committed",
            "available", "next_arrival", "status");
    public static final List<String> POLICY = List.of("sku", "channel", "status", "sellable", "ship_by", "reason");
    public static final List<String> ALLOCATE = List.of("rank", "order_id", "sku", "channel", "ordered_at",
            "quantity", "source", "promised_date", "position", "queue_size", "state");
    public static final List<String> CHECK = List.of("severity", "code", "sku", "ref", "message");
    public static final List<String> PREORDERS = List.of("sku", "title", "planned_production", "cap_percent",
            "preorder_limit", "preordered", "remaining", "release_date", "ship_date", "status");

    public static final List<String> COVER = List.of("sku", "title", "class", "demand", "velocity", "on_hand",
            "free_on_hand", "free_incoming", "short", "cover_days", "stockout_date", "lead_time_days", "reorder_point",
            "suggested_order", "action");

    public static final List<String> ORDERS = List.of("order_id", "channel", "customer", "lines", "units",
            "units_on_hand", "state", "ship_complete_by", "advice");
    public static final List<String> HEALTH = List.of("measure", "numerator", "denominator", "rate_percent",
            "threshold", "status");
    public static final List<String> RECEIVE = List.of("po_number", "sku", "order_id", "customer", "channel", "quantity",
            "position", "queue_size", "promised_date", "state");

    public static final List<String> NOTICES = List.of("order_id", "customer", "channel", "kind", "subject", "body",
            "ship_by", "position", "queue_size");
    public static final List<String> NOTICES_TABLE = List.of("order_id", "customer", "kind", "ship_by", "subject");

    public static final List<String> FORMATS = List.of("name", "kind", "signature", "channel", "origin");

    private Tables() {
    }

    public static Table availability(List<SkuPicture> rows, String channel) {
        return Table.of(AVAILABILITY, rows, s -> {
            SkuQuantities q = s.quantities();
            return new Object[]{q.sku(), q.title(), q.onHand(), q.incoming(), q.committed(), q.available(),
                    q.nextArrival(), Decisions.decide(s, channel).status().name()};
        });
    }

    public static Table cover(List<Cover> rows) {
        return Table.of(COVER, rows, c -> new Object[]{c.sku(), c.title(), c.coverClass().name(), c.demand(),
                c.velocity(), c.onHand(), c.freeOnHand(), c.freeIncoming(), c.shortUnits(), c.coverDays(),
                c.stockoutDate(), c.leadTimeDays(), c.reorderPoint(), c.suggestedOrder(), c.action().name()});
    }

    public static Table orders(List<OpenOrder> orders) {
        return Table.of(ORDERS, orders, o -> new Object[]{o.orderId(), o.channel(), o.customer(), o.lines(), o.units(),
                o.unitsOnHand(), o.state().name(), o.shipCompleteBy(), o.advice()});
    }

    public static Table health(List<HealthMeasure> measures) {
        return Table.of(HEALTH, measures, m -> new Object[]{m.kind().word(), m.numerator(), m.denominator(), m.percent(),
                m.kind().threshold(), m.status()});
    }

    /**
     * The delivery as rows for a scanner or a spreadsheet: per SKU its picks and SHORT lines in
     * FIFO order, then a row of the units that repay on-hand debt (state DEBT, when any) and one
     * of the units left for stock (state STOCK).
     */
    public static Table receive(Delivery delivery) {
        List<Object[]> rows = new java.util.ArrayList<>();
        for (Delivery.DeliveredSku sku : delivery.skus()) {
            for (Delivery.Pick p : sku.picks()) {
                rows.add(new Object[]{delivery.poNumber(), sku.sku(), p.order().orderId(), p.order().customer(),
                        p.order().channel(), p.quantity(), p.position(), p.queueSize(), p.promisedDate(), p.state().name()});
            }
            if (sku.debtRepaid() > 0) {
                rows.add(new Object[]{delivery.poNumber(), sku.sku(), null, null, null, sku.debtRepaid(), null, null, null, "DEBT"});
            }
            rows.add(new Object[]{delivery.poNumber(), sku.sku(), null, null, null, sku.leftForStock(), null, null, null, "STOCK"});
        }
        return Table.ofRows(RECEIVE, rows);
    }

    /** Every field of each message (csv, tsv, json). */
    public static Table notices(List<NoticeTexts.Rendered> notices) {
        return Table.of(NOTICES, notices, r -> new Object[]{r.notice().orderId(), r.notice().customer(),
                r.notice().channel(), r.notice().kind().word(), r.subject(), r.body(), r.notice().shipBy(),
                r.notice().position(), r.notice().queueSize()});
    }

    /** The messages for people: who gets which, and its subject. */
    public static Table noticesTable(List<NoticeTexts.Rendered> notices) {
        return Table.of(NOTICES_TABLE, notices, r -> new Object[]{r.notice().orderId(), r.notice().customer(),
                r.notice().kind().word(), r.notice().shipBy(), r.subject()});
    }

    /** atp's own format first, then each platform format. */
    public static Table formats(List<shop.atp.input.Format> formats) {
        List<Object[]> rows = new java.util.ArrayList<>();
        rows.add(new Object[]{"atp", "any", "the columns and aliases of formats/atp.yaml, as the README lists them (and the policy's columns:)",
                "column channel (default_channel when blank)", "built-in"});
        for (shop.atp.input.Format f : formats) {
            rows.add(new Object[]{f.name(), f.kind().key(), String.join(", ", f.signature()), f.channelSource(), f.origin()});
        }
        return Table.ofRows(FORMATS, rows);
    }

    public static Table policy(List<Decision> decisions) {
        return Table.of(POLICY, decisions, d -> new Object[]{d.sku(), d.channel(), d.status().name(), d.sellable(),
                d.shipBy(), d.reason()});
    }

    public static Table allocate(List<RankedPiece> pieces, ZoneId zone) {
        return Table.of(ALLOCATE, pieces, ranked -> {
            Piece p = ranked.piece();
            return new Object[]{ranked.rank(), p.order().orderId(), p.order().sku(), p.order().channel(),
                    new Timestamp(p.order().orderedAt(), zone), p.quantity(), p.source(), p.promisedDate(), p.position(),
                    p.queueSize(), p.state().name()};
        });
    }

    public static Table check(List<Finding> findings) {
        return Table.of(CHECK, findings, f -> new Object[]{f.severity().word(), f.code().name(), f.sku(), f.ref(), f.message()});
    }

    public static Table preorders(List<PreorderTracker> trackers) {
        return Table.of(PREORDERS, trackers, t -> new Object[]{t.sku(), t.title(), t.plannedProduction(),
                t.cap().percentNumber(), t.preorderLimit(), t.preordered(), t.remaining(), t.releaseDate(),
                t.shipDate(), t.status()});
    }
}
