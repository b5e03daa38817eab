package shop.atp.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The morning summary: what was read, how many SKUs stand in each status on each channel,
 * the findings, late POs, preorder trackers, oversold SKUs, the SKUs to reorder, and for each
 * SKU with a finding its projected stock over the next 30 days.
 */
public record DailyReport(LocalDate asOf, List<FileSummary> files, int skuCount,
                          Map<String, Map<SaleStatus, Long>> statusCounts, List<Finding> findings,
                          List<LatePo> latePurchaseOrders, List<PreorderTracker> preorders,
                          List<SkuQuantities> oversold, List<Cover> reorders, Map<OrderState, OrderCount> openOrders,
                          List<HealthMeasure> health, int windowDays, Map<NoticeKind, Long> noticesDue,
                          List<StockProjection> projections,
                          int backorderMaxDays, int notifyMeMaxDays) {

    public static final int PROJECTION_DAYS = 30;

    /** Open orders in one state: how many, their units still to ship, and how many of those are on hand. */
    public record OrderCount(long orders, long units, long unitsOnHand) {
    }

    public static DailyReport of(Analysis analysis) {
        Map<String, Map<SaleStatus, Long>> counts = new LinkedHashMap<>();
        for (String channel : analysis.policy().channelNames()) {
            Map<SaleStatus, Long> byStatus = new EnumMap<>(SaleStatus.class);
            for (SaleStatus status : SaleStatus.values()) {
                byStatus.put(status, 0L);
            }
            counts.put(channel, byStatus);
        }
        for (Decision d : analysis.decisions(analysis.policy().channelNames())) {
            counts.get(d.channel()).merge(d.status(), 1L, Long::sum);
        }
        List<Finding> findings = analysis.findings();
        Set<String> withFinding = findings.stream().map(Finding::sku).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        List<StockProjection> projections = withFinding.stream()
                .map(sku -> StockProjection.of(analysis.sku(sku), PROJECTION_DAYS)).toList();
        List<SkuQuantities> oversold = analysis.skus().stream().map(SkuPicture::quantities)
                .filter(SkuQuantities::oversold).toList();
        return new DailyReport(analysis.asOf(), analysis.shop().files(), analysis.skus().size(), counts, findings,
                analysis.latePurchaseOrders(), analysis.preorders(), oversold,
                CoverPlan.of(analysis).stream().filter(Cover::needsAction).toList(), orderCounts(OpenOrders.of(analysis)),
                analysis.health(), analysis.policy().rules().planning().windowDays(), noticesDue(analysis), projections,
                analysis.policy().rules().backorderMaxDays(), analysis.policy().rules().notifyMeMaxDays());
    }

    /** The messages due today without a log (the report keeps none): as `atp notices` without --log shows. */
    private static Map<NoticeKind, Long> noticesDue(Analysis analysis) {
        Map<NoticeKind, Long> counts = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            counts.put(kind, 0L);
        }
        for (DueNotice n : Notices.due(analysis, NoticeLog.NONE, analysis.asOf().minusDays(1))) {
            counts.merge(n.kind(), 1L, Long::sum);
        }
        return counts;
    }

    private static Map<OrderState, OrderCount> orderCounts(List<OpenOrder> orders) {
        Map<OrderState, OrderCount> counts = new EnumMap<>(OrderState.class);
        for (OrderState state : OrderState.values()) {
            counts.put(state, new OrderCount(0, 0, 0));
        }
        for (OpenOrder o : orders) {
            OrderCount c = counts.get(o.state());
            counts.put(o.state(), new OrderCount(c.orders() + 1, Math.addExact(c.units(), o.units()),
                    Math.addExact(c.unitsOnHand(), o.unitsOnHand())));
        }
        return counts;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
