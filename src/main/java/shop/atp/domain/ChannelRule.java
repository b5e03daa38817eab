package shop.atp.domain;

/**
 * What a sales channel allows: backorders, preorders, and its own cap on days to ship
 * ({@code maxDays}, null when the channel has none).
 */
public record ChannelRule(String name, boolean backorder, boolean preorder, Integer maxDays) {
}
