package shop.atp.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SPEC "check codes": every finding, one place per code. SKU-level findings come from the
 * SKU's picture, order-line findings from the line's pieces, PO findings from late lines.
 *
 * <p>Findings are made already in {@link Finding#ORDER}: one list per code, filled SKU by SKU
 * in SKU order, each SKU's findings of a code sorted by ref (stable, so that lines of one
 * order keep their FIFO order). A shop with a million order lines can have hundreds of
 * thousands of findings, and sorting them all by strings afterwards cost more than making
 * them (bench/README).
 */
public final class Findings {

    private static final int LISTED = 10;
    private static final FindingCode[] WORST_FIRST = codesWorstFirst();
    private static final Comparator<Finding> BY_REF = Comparator.comparing(Finding::ref);

    private final Analysis analysis;
    private final LocalDate asOf;
    /** Per code: the findings of this part's SKUs done so far, in order. */
    private final List<List<Finding>> byCode = new ArrayList<>();
    /** Per code: the current SKU's findings, sorted by ref when the SKU is done. */
    private final List<List<Finding>> current = new ArrayList<>();
    /** The current order line's pieces that a finding names; reused, as each part runs on one thread. */
    private final List<Piece> flagged = new ArrayList<>();

    private Findings(Analysis analysis) {
        this.analysis = analysis;
        this.asOf = analysis.asOf();
        for (int i = 0; i < FindingCode.values().length; i++) {
            byCode.add(new ArrayList<>());
            current.add(new ArrayList<>());
        }
    }

    static List<Finding> of(Analysis analysis) {
        Findings files = new Findings(analysis);
        files.skippedRows();
        files.shippedUnknown();
        files.platformMismatches();
        files.health();
        files.skuDone();
        List<Findings> parts = new ArrayList<>();
        parts.add(files);
        parts.addAll(InParallel.map(InParallel.parts(analysis.skus()), skus -> {
            Findings part = new Findings(analysis);
            for (SkuPicture sku : skus) {
                part.skuFindings(sku);
                part.orderLineFindings(sku);
                part.lateLines(sku);
                part.skuDone();
            }
            return part;
        }));
        return worstFirst(parts);
    }

    private static FindingCode[] codesWorstFirst() {
        FindingCode[] codes = FindingCode.values();
        Arrays.sort(codes, Comparator.comparing(FindingCode::severity)
                .thenComparing(Comparator.naturalOrder()));
        return codes;
    }

    /** Code by code, worst first; within a code, the parts in order (files first, then SKU order). */
    private static List<Finding> worstFirst(List<Findings> parts) {
        List<Finding> all = new ArrayList<>();
        for (FindingCode code : WORST_FIRST) {
            for (Findings part : parts) {
                all.addAll(part.byCode.get(code.ordinal()));
            }
        }
        return all;
    }

    private void add(FindingCode code, String sku, String ref, String message) {
        current.get(code.ordinal()).add(new Finding(code, sku, ref, message));
    }

    /** Moves the current SKU's findings, each code's sorted by ref, behind the SKUs before it. */
    private void skuDone() {
        for (int code = 0; code < current.size(); code++) {
            List<Finding> mine = current.get(code);
            if (!mine.isEmpty()) {
                if (mine.size() > 1) {
                    mine.sort(BY_REF);
                }
                byCode.get(code).addAll(mine);
                mine.clear();
            }
        }
    }

    private void skuFindings(SkuPicture sku) {
        SkuQuantities q = sku.quantities();
        if (q.oversold()) {
            add(FindingCode.OVERSOLD, sku.sku(), "", oversoldMessage(sku));
        }
        if (sku.isNew() && sku.preordered() > sku.preorderLimit()) {
            add(FindingCode.PREORDER_CAP_EXCEEDED, sku.sku(), "",
                    sku.preordered() + " preordered, limit " + sku.preorderLimit() + " (" + sku.rules().preorderCap()
                            + " of " + sku.product().plannedProduction() + "): "
                            + (sku.preordered() - sku.preorderLimit()) + " over the cap");
        }
        bufferBreached(sku);
        if (q.onHand() < 0) {
            add(FindingCode.NEGATIVE_ON_HAND, sku.sku(), "",
                    "on hand is " + q.onHand() + (q.onHand() == -1 ? "; the first unit to arrive repays it"
                            : "; the first " + Words.units(-q.onHand()) + " to arrive repay it") + " before any order");
        }
        SkuFacts facts = sku.facts();
        if (!facts.onHandListed() && facts.product() == null) {
            OrderLine order = facts.firstOrder();
            PurchaseOrderLine po = facts.firstPo();
            if (order != null || po != null) {
                add(FindingCode.UNKNOWN_SKU, sku.sku(), order != null ? order.orderId() : po.poNumber(),
                        "not in on-hand or products; first named by "
                                + (order != null ? "order " + order.orderId() : "PO " + po.poNumber()));
            }
        }
    }

    private String oversoldMessage(SkuPicture sku) {
        SkuQuantities q = sku.quantities();
        StringBuilder m = new StringBuilder("available ").append(q.available()).append(": short by ")
                .append(Words.units(-q.available()));
        List<String> shortLines = new ArrayList<>();
        int count = 0;
        for (Piece p : sku.allocation().pieces()) {
            if (p.state() == PieceState.SHORT) {
                if (count++ < LISTED) {
                    shortLines.add(p.order().orderId() + " (" + p.quantity() + ")");
                }
            }
        }
        if (count > 0) {
            m.append("; orders left SHORT: ").append(String.join(", ", shortLines))
                    .append(count > LISTED ? " and " + (count - LISTED) + " more" : "");
        }
        if (q.onHand() < 0) {
            m.append("; on-hand debt ").append(-q.onHand());
        }
        return m.toString();
    }

    private void bufferBreached(SkuPicture sku) {
        List<Supply> lines = sku.allocation().purchaseOrderLines();
        long incoming = lines.stream().mapToLong(Supply::capacity).reduce(0L, Math::addExact);
        long allocated = lines.stream().mapToLong(Supply::used).reduce(0L, Math::addExact);
        long allowed = sku.rules().bufferedShare(incoming);
        if (allocated > allowed) {
            add(FindingCode.BUFFER_BREACHED, sku.sku(), "",
                    allocated + " of " + incoming + " incoming units already allocated; the "
                            + sku.rules().incomingBuffer() + " buffer allows " + allowed);
        }
    }

    /** A SKU's pieces come in FIFO order, a line's pieces next to each other: one pass, a line at a time. */
    private void orderLineFindings(SkuPicture sku) {
        List<Piece> all = sku.allocation().pieces();
        int from = 0;
        for (int i = 1; i <= all.size(); i++) {
            if (i == all.size() || all.get(i).order() != all.get(from).order()) {
                orderLine(sku, all.subList(from, i));
                from = i;
            }
        }
    }

    private void orderLine(SkuPicture sku, List<Piece> pieces) {
        OrderLine order = pieces.get(0).order();
        ChannelRule channel = sku.rules().channel(order.channel());
        withoutConfirmedPo(sku, order, pieces);
        marketplace(order, channel, pieces);
        beyondLimit(sku, order, channel, pieces);
        promiseSlipped(order, pieces);
    }

    /** One row per line however many unconfirmed PO lines its backorder sits on; the message names each. */
    private void withoutConfirmedPo(SkuPicture sku, OrderLine order, List<Piece> pieces) {
        flagged.clear();
        for (Piece p : pieces) {
            if (p.state() == PieceState.BACKORDER && !sku.isConfirmed(p.po())) {
                flagged.add(p);
            }
        }
        if (flagged.isEmpty()) {
            return;
        }
        StringBuilder m = new StringBuilder(Words.units(units(flagged)));
        if (flagged.size() == 1) {
            m.append(" backordered on ").append(unconfirmed(flagged.get(0).po()));
        } else {
            m.append(" backordered: ");
            for (int i = 0; i < flagged.size(); i++) {
                Piece p = flagged.get(i);
                m.append(i == 0 ? "" : "; ").append(p.quantity()).append(" on ").append(unconfirmed(p.po()));
            }
        }
        add(FindingCode.BACKORDER_WITHOUT_CONFIRMED_PO, order.sku(), order.orderId(), m.toString());
    }

    /** One row per line however many confirmed PO lines beyond the limit it waits on; the message names each. */
    private void beyondLimit(SkuPicture sku, OrderLine order, ChannelRule channel, List<Piece> pieces) {
        int limit = sku.rules().backorderLimit(channel);
        flagged.clear();
        for (Piece p : pieces) {
            if (p.state() == PieceState.BACKORDER && sku.isConfirmed(p.po()) && p.po().daysFrom(asOf) > limit) {
                flagged.add(p);
            }
        }
        if (flagged.isEmpty()) {
            return;
        }
        long units = units(flagged);
        StringBuilder m = new StringBuilder(Words.units(units)).append(units == 1 ? " waits" : " wait");
        String beyond = "beyond " + order.channel() + "'s limit of " + Words.days(limit);
        if (flagged.size() == 1) {
            m.append(" on ").append(expected(flagged.get(0).po())).append(", ").append(beyond);
        } else {
            m.append(' ').append(beyond).append(": ");
            for (int i = 0; i < flagged.size(); i++) {
                Piece p = flagged.get(i);
                m.append(i == 0 ? "" : "; ").append(p.quantity()).append(" on ").append(expected(p.po()));
            }
        }
        add(FindingCode.PROMISE_BEYOND_LIMIT, order.sku(), order.orderId(), m.toString());
    }

    private static long units(List<Piece> pieces) {
        long units = 0;
        for (Piece p : pieces) {
            units = Math.addExact(units, p.quantity());
        }
        return units;
    }

    private String unconfirmed(PurchaseOrderLine po) {
        return po.poNumber() + ", which is " + weakness(po);
    }

    private String expected(PurchaseOrderLine po) {
        return po.poNumber() + " expected " + po.expectedDate() + " (" + Words.days(po.daysFrom(asOf)) + ")";
    }

    private String weakness(PurchaseOrderLine po) {
        if (po.expectedDate() == null) {
            return "without an expected date";
        }
        if (po.isLate(asOf)) {
            return "late (expected " + po.expectedDate() + ")";
        }
        return po.status().word() + ", not confirmed by the supplier";
    }

    private void marketplace(OrderLine order, ChannelRule channel, List<Piece> pieces) {
        if (channel.backorder() && channel.preorder()) {
            return;
        }
        long backordered = 0;
        long shortUnits = 0;
        long preordered = 0;
        for (Piece p : pieces) {
            switch (p.state()) {
                case BACKORDER -> backordered = Math.addExact(backordered, p.quantity());
                case SHORT -> shortUnits = Math.addExact(shortUnits, p.quantity());
                case PREORDER -> preordered = Math.addExact(preordered, p.quantity());
                default -> { }
            }
        }
        List<String> parts = new ArrayList<>();
        if (!channel.backorder() && backordered > 0) {
            parts.add(Words.units(backordered) + " backordered");
        }
        if (!channel.backorder() && shortUnits > 0) {
            parts.add(Words.units(shortUnits) + " short");
        }
        if (!channel.preorder() && preordered > 0) {
            parts.add(Words.units(preordered) + " preordered");
        }
        if (!parts.isEmpty()) {
            String refuses = !channel.backorder() && (backordered > 0 || shortUnits > 0) ? "backorders" : "preorders";
            add(FindingCode.MARKETPLACE_BACKORDER, order.sku(), order.orderId(),
                    channel.name() + " does not accept " + refuses + ": " + String.join(", ", parts));
        }
    }

    private void promiseSlipped(OrderLine order, List<Piece> pieces) {
        LocalDate told = order.promisedDate();
        if (told == null) {
            return;
        }
        long undated = 0;
        LocalDate now = null;
        for (Piece p : pieces) {
            if (p.promisedDate() == null) {
                undated = Math.addExact(undated, p.quantity());
            } else if (now == null || p.promisedDate().isAfter(now)) {
                now = p.promisedDate();
            }
        }
        if (undated > 0) {
            add(FindingCode.PROMISE_SLIPPED, order.sku(), order.orderId(),
                    "promised " + told + "; " + Words.units(undated) + (undated == 1 ? " now has" : " now have") + " no ship date");
        } else if (now.isAfter(told)) {
            add(FindingCode.PROMISE_SLIPPED, order.sku(), order.orderId(),
                    "promised " + told + ", now " + now + " (" + Words.days(ChronoUnit.DAYS.between(told, now)) + " later)");
        }
    }

    private void lateLines(SkuPicture sku) {
        for (LatePo late : analysis.latePurchaseOrders(sku)) {
            PurchaseOrderLine po = late.line();
            add(FindingCode.PO_LATE, po.sku(), po.poNumber(),
                    "expected " + po.expectedDate() + ", " + Words.days(late.daysLate()) + " late; "
                            + Words.units(late.unitsWaiting()) + " of " + late.ordersWaiting()
                            + (late.ordersWaiting() == 1 ? " order line" : " order lines") + " waiting on it");
        }
    }

    /** PLATFORM_MISMATCH: the platform's committed count against the open units of its orders, by SKU. */
    private void platformMismatches() {
        for (PlatformMismatch m : analysis.shop().platformMismatches()) {
            add(FindingCode.PLATFORM_MISMATCH, m.sku(), m.platform(), m.platform() + " counts "
                    + Words.counted(m.platformCommitted(), "committed unit") + "; the " + m.platform()
                    + " orders atp read have " + Words.counted(m.openUnits(), "open unit")
                    + " (an order missing from the export, or one the platform counts differently)");
        }
    }

    /** SHIPPED_UNKNOWN: one row per order line, sorted by SKU then order, as the SKUs' own findings would be. */
    private void shippedUnknown() {
        List<OrderLine> lines = new ArrayList<>(analysis.shop().shippedUnknown());
        lines.sort(Comparator.comparing(OrderLine::sku).thenComparing(OrderLine::orderId).thenComparing(FifoOrder.LINES));
        for (OrderLine l : lines) {
            add(FindingCode.SHIPPED_UNKNOWN, l.sku(), l.orderId(), "the export says the line is partly shipped but not how "
                    + "much; atp counts its " + Words.units(l.openQuantity())
                    + " open until the export says more");
        }
    }

    private void skippedRows() {
        for (FileSummary file : analysis.shop().files()) {
            if (file.rowsRejected() > 0) {
                add(FindingCode.ROWS_SKIPPED, "", file.file(), rowsLeftOut(file));
            }
        }
    }

    /** ROWS_SKIPPED's message: "2 invalid rows left out (lines 3, 4)". */
    public static String rowsLeftOut(FileSummary file) {
        return file.rowsRejected() + (file.rowsRejected() == 1 ? " invalid row" : " invalid rows")
                + " left out (line" + (file.rowsRejected() == 1 ? " " : "s ")
                + listed(file.rejectedLines().stream().map(String::valueOf).toList()) + ")";
    }

    /** BACKORDER_CANCELLATIONS_HIGH and PREORDERS_LATE: a measure beyond its threshold, with enough lines to tell. */
    private void health() {
        int windowDays = analysis.policy().rules().planning().windowDays();
        for (HealthMeasure m : analysis.health()) {
            if (m.alarm()) {
                add(m.kind().finding(), "", "", m.numerator() + " of " + m.denominator() + " " + m.kind().counts() + " ("
                        + m.percent().toPlainString() + "%) in the last " + windowDays + " days; the playbook's alarm is "
                        + m.kind().alarmWhen());
            }
        }
    }

    private static String listed(List<String> items) {
        String shown = items.stream().limit(LISTED).collect(Collectors.joining(", "));
        return items.size() > LISTED ? shown + " and " + (items.size() - LISTED) + " more" : shown;
    }
}
