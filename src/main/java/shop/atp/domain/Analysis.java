package shop.atp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One morning's analysis of the shop: quantities and allocation are worked out once, and the
 * commands read decisions, findings and preorder trackers from it.
 */
public final class Analysis {

    private final Shop shop;
    private final Policy policy;
    private final LocalDate asOf;
    private final Allocation allocation;
    /** Every SKU's picture, in SKU order (the order {@link #sku} looks them up by). */
    private final List<SkuPicture> skus;
    /** The allocation read per order, made on first use (orders, notices and the report all read it). */
    private List<OrderGroups.Group> orderGroups;

    private Analysis(Shop shop, Policy policy, LocalDate asOf) {
        this.shop = shop;
        this.policy = policy;
        this.asOf = asOf;
        this.allocation = Allocator.allocate(shop, policy, asOf);
        // the allocation lists the shop's SKUs in the same order
        this.skus = InParallel.map(shop.skus().size(),
                i -> picture(shop.skus().get(i), allocation.skus().get(i)));
    }

    private SkuPicture picture(SkuFacts facts, SkuAllocation allocated) {
        List<PurchaseOrderLine> incoming = new ArrayList<>(allocated.purchaseOrderLines().size());
        for (Supply s : allocated.purchaseOrderLines()) {
            incoming.add(s.po());
        }
        SkuQuantities q = SkuQuantities.of(facts, incoming, asOf);
        return new SkuPicture(facts, policy.rulesFor(facts.sku()), q, allocated, asOf);
    }

    public static Analysis of(Shop shop, Policy policy, LocalDate asOf) {
        return new Analysis(shop, policy, asOf);
    }

    public Shop shop() {
        return shop;
    }

    public Policy policy() {
        return policy;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Allocation allocation() {
        return allocation;
    }

    /** Every SKU, sorted by SKU. */
    public List<SkuPicture> skus() {
        return skus;
    }

    /** One SKU's picture, or null when the shop does not name it. */
    public SkuPicture sku(String sku) {
        return SkuOrder.find(skus, SkuPicture::sku, sku);
    }

    public Decision decide(String sku, String channel) {
        return Decisions.decide(sku(sku), channel);
    }

    /** A decision per SKU and channel, sorted by SKU, channels in the policy's order. */
    public List<Decision> decisions(List<String> channels) {
        List<Decision> out = new ArrayList<>();
        for (SkuPicture sku : skus) {
            for (String channel : channels) {
                out.add(Decisions.decide(sku, channel));
            }
        }
        return out;
    }

    public List<Finding> findings() {
        return Findings.of(this);
    }

    /** Late incoming lines, oldest expected date first, each with the order units and lines waiting on it. */
    public List<LatePo> latePurchaseOrders() {
        List<LatePo> late = new ArrayList<>();
        for (SkuPicture sku : skus) {
            late.addAll(latePurchaseOrders(sku));
        }
        late.sort(Comparator.comparing((LatePo l) -> l.line().expectedDate())
                .thenComparing(l -> l.line().poNumber()).thenComparing(l -> l.line().sku())
                .thenComparingInt(l -> l.line().line()));
        return late;
    }

    /** One SKU's late incoming lines, in serving order. */
    public List<LatePo> latePurchaseOrders(SkuPicture sku) {
        List<LatePo> late = new ArrayList<>(0);
        for (Supply s : sku.allocation().purchaseOrderLines()) {
            if (s.po().isLate(asOf)) {
                late.add(new LatePo(s.po(), asOf, s.allocated(), s.lines()));
            }
        }
        return late;
    }

    /** The playbook's measures of the order lines placed within the planning window (SPEC "Policy health"). */
    public List<HealthMeasure> health() {
        int minLines = policy.rules().planning().healthMinLines();
        return List.of(shop.health().backorderCancellations(minLines), shop.health().preordersOnTime(minLines));
    }

    /** Each open order's pieces, orders in FIFO order of their oldest line. */
    synchronized List<OrderGroups.Group> orderGroups() {
        if (orderGroups == null) {
            orderGroups = OrderGroups.of(this);
        }
        return orderGroups;
    }

    /** The trackers of the new products, sorted by SKU. */
    public List<PreorderTracker> preorders() {
        return skus.stream().filter(SkuPicture::isNew).map(PreorderTracker::of).toList();
    }
}
