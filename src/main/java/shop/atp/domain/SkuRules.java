package shop.atp.domain;

import java.util.List;
import java.util.Map;

/**
 * The policy's rules as they apply to one SKU: the shop-wide values, or a SKU's overrides
 * from {@code skus:} laid over them.
 */
public record SkuRules(int fulfillmentDays, Percent incomingBuffer, int backorderMaxDays,
                       boolean requireConfirmedPo, int notifyMeMaxDays, Percent preorderCap,
                       int shipAfterDays, Map<String, ChannelRule> channels, Planning planning) {

    /** floor(incoming × (1 − incoming_buffer)): the part of a PO line new sales may use. */
    public long bufferedShare(long incoming) {
        return incomingBuffer.floorOfRest(incoming);
    }

    /** floor(preorder.cap × planned_production). */
    public long preorderLimit(long plannedProduction) {
        return preorderCap.floorOf(plannedProduction);
    }

    /** backorder.max_days, or the channel's own max_days when smaller. */
    public int backorderLimit(String channel) {
        return backorderLimit(channel(channel));
    }

    public int backorderLimit(ChannelRule channel) {
        Integer own = channel.maxDays();
        return own == null ? backorderMaxDays : Math.min(own, backorderMaxDays);
    }

    public ChannelRule channel(String name) {
        ChannelRule rule = channels.get(name);
        if (rule == null) {
            throw new IllegalArgumentException("no channel " + name + " in the policy");
        }
        return rule;
    }

    public SkuRules withPlanning(Planning other) {
        return new SkuRules(fulfillmentDays, incomingBuffer, backorderMaxDays, requireConfirmedPo, notifyMeMaxDays,
                preorderCap, shipAfterDays, channels, other);
    }

    public List<String> channelNames() {
        return List.copyOf(channels.keySet());
    }
}
