package shop.atp.domain;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merchant's policy: shop-wide rules, per-SKU overrides, and what the readers need to
 * understand the exports (time zone, extra column names, extra date formats).
 *
 * @param columns         per input file ("on-hand", "purchase-orders", "orders", "products"): a
 *                        header as written in the export → the column it stands for
 * @param splitShipments  an order with some units on hand ships them now and the rest later
 *                        (true), or is held until it can ship complete (false)
 * @param notices         the {@code notices:} keys
 * @param listings        platform → its export of its listings as they are now (a file name, relative
 *                        to the policy's folder), for the report's count of listings to change
 */
public record Policy(String defaultChannel, ZoneId timezone, SkuRules rules, Map<String, SkuRules> skuOverrides,
                     Map<String, Map<String, String>> columns, List<String> dateFormats, boolean splitShipments,
                     NoticeSettings notices, Map<String, String> listings) {

    public Policy(String defaultChannel, ZoneId timezone, SkuRules rules, Map<String, SkuRules> skuOverrides,
                  Map<String, Map<String, String>> columns, List<String> dateFormats, boolean splitShipments,
                  NoticeSettings notices) {
        this(defaultChannel, timezone, rules, skuOverrides, columns, dateFormats, splitShipments, notices, Map.of());
    }

    public Policy(String defaultChannel, ZoneId timezone, SkuRules rules, Map<String, SkuRules> skuOverrides,
                  Map<String, Map<String, String>> columns, List<String> dateFormats, boolean splitShipments) {
        this(defaultChannel, timezone, rules, skuOverrides, columns, dateFormats, splitShipments, NoticeSettings.defaults());
    }

    /** A policy that splits shipments, as the shipped policy does. */
    public Policy(String defaultChannel, ZoneId timezone, SkuRules rules, Map<String, SkuRules> skuOverrides,
                  Map<String, Map<String, String>> columns, List<String> dateFormats) {
        this(defaultChannel, timezone, rules, skuOverrides, columns, dateFormats, true);
    }

    public SkuRules rulesFor(String sku) {
        return skuOverrides.getOrDefault(sku, rules);
    }

    public List<String> channelNames() {
        return rules.channelNames();
    }

    public boolean hasChannel(String name) {
        return rules.channels().containsKey(name);
    }

    /** The most channels a message lists: a policy of thousands would make each such message a page long. */
    private static final int CHANNELS_LISTED = 10;

    /** The channels, for a message: the first ten and how many more. */
    public String channelsListed() {
        return listed(channelNames());
    }

    /** {@code channels} for a message: the first ten and how many more. */
    public static String listed(java.util.Collection<String> channels) {
        List<String> names = List.copyOf(channels);
        return names.size() <= CHANNELS_LISTED ? String.join(", ", names)
                : String.join(", ", names.subList(0, CHANNELS_LISTED)) + " and " + (names.size() - CHANNELS_LISTED) + " more";
    }

    /** The policy's channel that {@code word} names, ignoring case (SPEC: channel values match so), or null. */
    public String channelNamed(String word) {
        return channelNamed(rules.channels().keySet(), word);
    }

    /** The one of {@code channels} that {@code word} names, ignoring case, or null. */
    public static String channelNamed(java.util.Collection<String> channels, String word) {
        for (String name : channels) {
            if (name.equalsIgnoreCase(word)) {
                return name;
            }
        }
        return null;
    }

    /** The built-in defaults: the same values as the shipped policy.yaml. */
    public static Policy defaults() {
        Map<String, ChannelRule> channels = new LinkedHashMap<>();
        channels.put("dtc", new ChannelRule("dtc", true, true, null, List.of("web", "shopify_draft_order")));
        channels.put("amazon", new ChannelRule("amazon", false, false, null));
        channels.put("ebay", new ChannelRule("ebay", true, true, 30));
        channels.put("walmart", new ChannelRule("walmart", false, false, null));
        channels.put("tiktok", new ChannelRule("tiktok", false, false, null, List.of("tiktok")));
        SkuRules rules = new SkuRules(2, Percent.of("10"), 14, true, 21, Percent.of("80"), 7, channels,
                Planning.defaults());
        return new Policy("dtc", ZoneId.of("UTC"), rules, Map.of(), Map.of(), List.of());
    }
}
