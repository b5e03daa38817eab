package shop.atp.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * SPEC "Planning (`cover`)": for every SKU that is not discontinued, its demand over the
 * window, velocity, free stock, days of cover, class by share of demand, reorder point,
 * suggested order and action. Exact throughout: demand and day counts are whole numbers, and
 * each ratio is worked out as one fraction, rounded once, the way SPEC says (floor for cover
 * days, ceiling for the reorder point and the order).
 */
public final class CoverPlan {

    /** Stock-out dates past this are no date a merchant plans for (and past LocalDate's range). */
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    private static final BigInteger PERCENT_A = BigInteger.valueOf(80);
    private static final BigInteger PERCENT_B = BigInteger.valueOf(95);
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    /** Rows sorted by action, then stock-out date (none last), then SKU. */
    public static final Comparator<Cover> ORDER = Comparator.comparing(Cover::action)
            .thenComparing(Cover::stockoutDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Cover::sku);

    private CoverPlan() {
    }

    /** Every SKU's row, classes taken over all of them, in SPEC's order. */
    public static List<Cover> of(Analysis analysis) {
        List<SkuPicture> planned = analysis.skus().stream().filter(s -> !s.isDiscontinued()).toList();
        Map<String, CoverClass> classes = classes(planned);
        int windowDays = analysis.policy().rules().planning().windowDays();
        List<Cover> rows = new ArrayList<>(InParallel.map(planned,
                s -> cover(s, classes.get(s.sku()), windowDays, analysis.asOf())));
        rows.sort(ORDER);
        return rows;
    }

    /**
     * By demand, largest first (ties by SKU): A while the demand of the rows before is below
     * 80 % of the total, then B while below 95 %, then C; a SKU with no demand is C.
     */
    static Map<String, CoverClass> classes(List<SkuPicture> skus) {
        List<SkuPicture> byDemand = new ArrayList<>(skus);
        byDemand.sort(Comparator.comparingLong((SkuPicture s) -> s.facts().demand()).reversed()
                .thenComparing(SkuPicture::sku));
        BigInteger total = BigInteger.ZERO;
        for (SkuPicture s : byDemand) {
            total = total.add(BigInteger.valueOf(s.facts().demand()));
        }
        Map<String, CoverClass> classes = new java.util.HashMap<>(skus.size() * 2);
        BigInteger before = BigInteger.ZERO;
        for (SkuPicture s : byDemand) {
            long demand = s.facts().demand();
            classes.put(s.sku(), demand == 0 ? CoverClass.C : classAfter(before, total));
            before = before.add(BigInteger.valueOf(demand));
        }
        return classes;
    }

    private static CoverClass classAfter(BigInteger demandBefore, BigInteger total) {
        BigInteger share = demandBefore.multiply(HUNDRED);
        if (share.compareTo(total.multiply(PERCENT_A)) < 0) {
            return CoverClass.A;
        }
        return share.compareTo(total.multiply(PERCENT_B)) < 0 ? CoverClass.B : CoverClass.C;
    }

    static Cover cover(SkuPicture sku, CoverClass coverClass, int windowDays, LocalDate asOf) {
        long demand = sku.facts().demand();
        SkuAllocation allocation = sku.allocation();
        long freeOnHand = allocation.leftOnHand();
        long freeIncoming = 0;
        for (Supply s : allocation.incoming()) {
            freeIncoming = Math.addExact(freeIncoming, s.remaining());
        }
        long shortUnits = 0;
        for (Piece p : allocation.pieces()) {
            if (p.state() == PieceState.SHORT) {
                shortUnits = Math.addExact(shortUnits, p.quantity());
            }
        }
        Planning planning = sku.rules().planning();
        Product product = sku.product();
        int leadTime = product != null && product.leadTimeDays() != null ? product.leadTimeDays() : planning.leadTimeDays();
        int safety = planning.safetyDays(coverClass);
        Long coverDays = demand == 0 ? null : floorOf(freeOnHand, windowDays, demand);
        LocalDate stockout = coverDays == null || coverDays > asOf.until(LAST_DATE, java.time.temporal.ChronoUnit.DAYS)
                ? null : asOf.plusDays(coverDays);
        long reorderPoint = ceilingOf(demand, (long) leadTime + safety, windowDays);
        long target = ceilingOf(demand, (long) leadTime + safety + planning.orderCycleDays(), windowDays);
        long suggested = Math.max(0, Math.addExact(Math.subtractExact(Math.subtractExact(target, freeOnHand), freeIncoming),
                shortUnits));
        CoverAction action;
        if (sku.isNew()) {
            action = CoverAction.PREORDER_LAUNCH;
            suggested = 0;
        } else {
            action = action(demand, Math.addExact(freeOnHand, freeIncoming), shortUnits, reorderPoint, suggested);
        }
        BigDecimal velocity = BigDecimal.valueOf(demand).divide(BigDecimal.valueOf(windowDays), 2, RoundingMode.HALF_UP);
        return new Cover(sku.sku(), sku.facts().title(), coverClass, demand, velocity, sku.facts().onHand(), freeOnHand,
                freeIncoming, shortUnits, coverDays, stockout, leadTime, reorderPoint, suggested, action);
    }

    private static CoverAction action(long demand, long free, long shortUnits, long reorderPoint, long suggested) {
        if (demand == 0 && shortUnits == 0) {
            return CoverAction.NO_DEMAND;
        }
        if (suggested > 0 && (free < reorderPoint || shortUnits > 0)) {
            return CoverAction.ORDER_NOW;
        }
        return suggested > 0 ? CoverAction.ORDER_SOON : CoverAction.OK;
    }

    /** floor(a × b ÷ c) for a, b ≥ 0 and c > 0, exactly. */
    static long floorOf(long a, long b, long c) {
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
    }

    /** ceil(a × b ÷ c) for a, b ≥ 0 and c > 0, exactly. */
    static long ceilingOf(long a, long b, long c) {
        BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(c));
        return (qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0]).longValueExact();
    }
}
