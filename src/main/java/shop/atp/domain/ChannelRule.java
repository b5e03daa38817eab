package shop.atp.domain;

import java.util.List;

/**
 * What a sales channel allows: backorders, preorders, and its own cap on days to ship
 * ({@code maxDays}, null when the channel has none). {@code names} are the other words the
 * platforms' exports use for it (Shopify's {@code web}, {@code shopify_draft_order}).
 */
public record ChannelRule(String name, boolean backorder, boolean preorder, Integer maxDays, List<String> names) {

    public ChannelRule {
        names = List.copyOf(names);
    }

    public ChannelRule(String name, boolean backorder, boolean preorder, Integer maxDays) {
        this(name, backorder, preorder, maxDays, List.of());
    }
}
