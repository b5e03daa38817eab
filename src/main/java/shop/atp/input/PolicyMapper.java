package shop.atp.input;

import com.fasterxml.jackson.core.JsonToken;
import shop.atp.domain.ChannelRule;
import shop.atp.domain.NoticeSettings;
import shop.atp.domain.CoverClass;
import shop.atp.domain.Percent;
import shop.atp.domain.Planning;
import shop.atp.domain.Policy;
import shop.atp.domain.SkuRules;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the policy tree into typed rules, starting from the built-in defaults. Each key is
 * checked where it is read (its numbers by {@link PolicyNumbers}): an unknown key or a wrong
 * value is noted with the key's path and line, and the others are still checked, so that one
 * run names every problem; a wrong key takes the built-in value meanwhile.
 */
final class PolicyMapper {


    private static final Set<String> TOP_KEYS = Set.of("default_channel", "fulfillment_days", "incoming_buffer",
            "backorder", "notify_me", "preorder", "channels", "timezone", "skus", "columns", "date_formats", "planning",
            "split_shipments", "notices", "listings");
    private static final Set<String> SKU_KEYS = Set.of("fulfillment_days", "incoming_buffer", "backorder",
            "notify_me", "preorder", "channels", "planning");
    private static final Set<String> PLANNING_KEYS = Set.of("window_days", "lead_time_days", "order_cycle_days",
            "safety_days", "health_min_lines");
    /** A SKU's own planning: the shop's demand window, order cycle and health measures stay shop-wide. */
    private static final Set<String> SKU_PLANNING_KEYS = Set.of("lead_time_days", "safety_days");

    private final YamlChecks yaml;
    private final PolicyNumbers numbers;
    /** What is wrong with the file so far: every key is checked, a wrong one taking the built-in value meanwhile. */
    private final List<PolicyException> problems = new ArrayList<>();

    PolicyMapper(String file) {
        this.yaml = new YamlChecks(file);
        this.numbers = new PolicyNumbers(yaml);
    }

    /**
     * The policy the file gives.
     *
     * @throws PolicyException naming every wrong key, a line each
     */
    Policy policy(YamlNode root) {
        Policy defaults = Policy.defaults();
        if (root == null || root.isNull()) {
            return defaults;
        }
        Map<String, YamlNode.Entry> top = yaml.mapping(root, "the policy");
        problems.addAll(yaml.unknown(top, TOP_KEYS, ""));
        Map<String, ChannelRule> channels = top.containsKey("channels")
                ? checked(() -> channels(top.get("channels")), defaults.rules().channels()) : defaults.rules().channels();
        SkuRules rules = rules(top, "", defaults.rules(), channels);
        String defaultChannel = checked(() -> defaultChannel(top, root, channels, defaults), defaults.defaultChannel());
        boolean split = top.containsKey("split_shipments")
                ? checked(() -> yaml.bool(top.get("split_shipments"), "split_shipments"), defaults.splitShipments())
                : defaults.splitShipments();
        Policy policy = new Policy(channels.containsKey(defaultChannel) ? defaultChannel : channels.keySet().iterator().next(),
                checked(() -> timezone(top.get("timezone"), defaults.timezone()), defaults.timezone()), rules,
                checked(() -> skus(top.get("skus"), rules), Map.of()), checked(() -> columns(top.get("columns")), Map.of()),
                checked(() -> dateFormats(top.get("date_formats")), List.of()), split,
                checked(() -> notices(top.get("notices"), defaults.notices()), defaults.notices()),
                checked(() -> listings(top.get("listings")), Map.of()));
        if (!problems.isEmpty()) {
            throw PolicyException.all(problems, policy);
        }
        return policy;
    }

    /** What {@code read} gives, or {@code fallback} with its problem noted: the other keys are still checked. */
    private <T> T checked(java.util.function.Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (PolicyException e) {
            problems.add(e);
            return fallback;
        }
    }

    private String defaultChannel(Map<String, YamlNode.Entry> top, YamlNode root, Map<String, ChannelRule> channels, Policy defaults) {
        String word = top.containsKey("default_channel") ? yaml.text(top.get("default_channel"), "default_channel")
                : defaults.defaultChannel();
        String channel = Policy.channelNamed(channels.keySet(), word);
        if (channel == null) {
            throw yaml.error(lineOf(top, "default_channel", root), "default_channel \"" + word
                    + "\" is not one of the channels: " + Policy.listed(channels.keySet()));
        }
        return channel;
    }

    /** {@code listings: { shopify: FILE, ... }}: a platform atp writes for → its export's file name. */
    private Map<String, String> listings(YamlNode.Entry entry) {
        if (entry == null || entry.value().isNull()) {
            return Map.of();
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (YamlNode.Entry e : yaml.mapping(entry.value(), "listings").values()) {
            if (shop.atp.domain.listings.Platform.byWord(e.key()) == null || !e.key().equals(e.key().toLowerCase(java.util.Locale.ROOT))) {
                throw yaml.error(e.line(), "listings." + e.key() + ": not a platform atp writes for; use "
                        + String.join(", ", shop.atp.domain.listings.Platform.words()));
            }
            files.put(e.key(), yaml.text(e, "listings." + e.key()));
        }
        return files;
    }

    private SkuRules rules(Map<String, YamlNode.Entry> keys, String path, SkuRules base, Map<String, ChannelRule> channels) {
        int fulfillment = keys.containsKey("fulfillment_days")
                ? checked(() -> numbers.days(keys.get("fulfillment_days"), path + "fulfillment_days"), base.fulfillmentDays())
                : base.fulfillmentDays();
        Percent buffer = keys.containsKey("incoming_buffer")
                ? checked(() -> numbers.percent(keys.get("incoming_buffer"), path + "incoming_buffer"), base.incomingBuffer())
                : base.incomingBuffer();
        int backorderDays = base.backorderMaxDays();
        boolean requireConfirmed = base.requireConfirmedPo();
        if (keys.containsKey("backorder")) {
            try {
                Map<String, YamlNode.Entry> b = yaml.mapping(keys.get("backorder").value(), path + "backorder");
                problems.addAll(yaml.unknown(b, Set.of("max_days", "require_confirmed_po"), path + "backorder."));
                backorderDays = b.containsKey("max_days") ? numbers.days(b.get("max_days"), path + "backorder.max_days") : backorderDays;
                requireConfirmed = b.containsKey("require_confirmed_po")
                        ? yaml.bool(b.get("require_confirmed_po"), path + "backorder.require_confirmed_po") : requireConfirmed;
            } catch (PolicyException e) {
                problems.add(e);
            }
        }
        int notifyDays = base.notifyMeMaxDays();
        if (keys.containsKey("notify_me")) {
            try {
                Map<String, YamlNode.Entry> n = yaml.mapping(keys.get("notify_me").value(), path + "notify_me");
                problems.addAll(yaml.unknown(n, Set.of("max_days"), path + "notify_me."));
                notifyDays = n.containsKey("max_days") ? numbers.days(n.get("max_days"), path + "notify_me.max_days") : notifyDays;
            } catch (PolicyException e) {
                problems.add(e);
            }
        }
        Percent cap = base.preorderCap();
        int shipAfter = base.shipAfterDays();
        if (keys.containsKey("preorder")) {
            try {
                Map<String, YamlNode.Entry> p = yaml.mapping(keys.get("preorder").value(), path + "preorder");
                problems.addAll(yaml.unknown(p, Set.of("cap", "ship_after_days"), path + "preorder."));
                cap = p.containsKey("cap") ? numbers.percent(p.get("cap"), path + "preorder.cap") : cap;
                shipAfter = p.containsKey("ship_after_days") ? numbers.days(p.get("ship_after_days"), path + "preorder.ship_after_days") : shipAfter;
            } catch (PolicyException e) {
                problems.add(e);
            }
        }
        Planning planning = keys.containsKey("planning")
                ? checked(() -> planning(keys.get("planning"), path, base.planning()), base.planning()) : base.planning();
        return new SkuRules(fulfillment, buffer, backorderDays, requireConfirmed, notifyDays, cap, shipAfter, channels,
                planning);
    }

    private Planning planning(YamlNode.Entry entry, String path, Planning base) {
        String at = path + "planning";
        Map<String, YamlNode.Entry> p = yaml.mapping(entry.value(), at);
        problems.addAll(yaml.unknown(p, path.isEmpty() ? PLANNING_KEYS : SKU_PLANNING_KEYS, at + "."));
        int window = base.windowDays();
        if (p.containsKey("window_days")) {
            window = numbers.days(p.get("window_days"), at + ".window_days");
            if (window == 0) {
                throw yaml.error(p.get("window_days").line(), at + ".window_days must be at least 1 (demand is counted over it)");
            }
        }
        return new Planning(window,
                p.containsKey("lead_time_days") ? numbers.days(p.get("lead_time_days"), at + ".lead_time_days") : base.leadTimeDays(),
                p.containsKey("order_cycle_days") ? numbers.days(p.get("order_cycle_days"), at + ".order_cycle_days") : base.orderCycleDays(),
                p.containsKey("safety_days") ? safetyDays(p.get("safety_days"), at + ".safety_days", base.safetyDays()) : base.safetyDays(),
                p.containsKey("health_min_lines") ? numbers.count(p.get("health_min_lines"), at + ".health_min_lines") : base.healthMinLines());
    }

    /** Days per class ({@code { A: 21, B: 7 }}, classes left out keep theirs), or one number for every class. */
    private Map<CoverClass, Integer> safetyDays(YamlNode.Entry entry, String path, Map<CoverClass, Integer> base) {
        Map<CoverClass, Integer> days = new EnumMap<>(base);
        if (!entry.value().isMap()) {
            int all = numbers.days(entry, path);
            for (CoverClass c : CoverClass.values()) {
                days.put(c, all);
            }
            return days;
        }
        for (YamlNode.Entry e : entry.value().map().values()) {
            CoverClass c = Arrays.stream(CoverClass.values()).filter(k -> k.name().equals(e.key())).findFirst()
                    .orElseThrow(() -> yaml.error(e.line(), path + ": \"" + e.key() + "\" is not a class; the classes are A, B and C"));
            days.put(c, numbers.days(e, path + "." + e.key()));
        }
        return days;
    }

    private NoticeSettings notices(YamlNode.Entry entry, NoticeSettings base) {
        if (entry == null) {
            return base;
        }
        Map<String, YamlNode.Entry> n = yaml.mapping(entry.value(), "notices");
        problems.addAll(yaml.unknown(n, Set.of("update_every_days", "shop_name", "from", "templates"), "notices."));
        int every = base.updateEveryDays();
        if (n.containsKey("update_every_days")) {
            every = numbers.days(n.get("update_every_days"), "notices.update_every_days");
            if (every == 0) {
                throw yaml.error(n.get("update_every_days").line(), "notices.update_every_days must be at least 1");
            }
        }
        return new NoticeSettings(every, oneLine(n.get("shop_name"), "notices.shop_name", base.shopName()),
                oneLine(n.get("from"), "notices.from", base.from()),
                n.containsKey("templates") ? yaml.text(n.get("templates"), "notices.templates") : base.templates());
    }

    /** Text that goes into a mail header: one line, or "" when the key is left blank. */
    private String oneLine(YamlNode.Entry e, String path, String fallback) {
        if (e == null) {
            return fallback;
        }
        if (e.value().isNull() || (e.value().token() == JsonToken.VALUE_STRING && e.value().text().isEmpty())) {
            return "";
        }
        String value = yaml.text(e, path);
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw yaml.error(e.line(), path + " must be one line of text without control characters (it goes into mail headers)");
        }
        return value;
    }

    private Map<String, ChannelRule> channels(YamlNode.Entry entry) {
        Map<String, YamlNode.Entry> byName = yaml.mapping(entry.value(), "channels");
        if (byName.isEmpty()) {
            throw yaml.error(entry.line(), "channels: at least one channel is required");
        }
        Map<String, ChannelRule> channels = new LinkedHashMap<>();
        Map<String, String> byLowerCase = new HashMap<>();
        for (YamlNode.Entry e : byName.values()) {
            String same = byLowerCase.putIfAbsent(e.key().toLowerCase(Locale.ROOT), e.key());
            if (same != null) {
                problems.add(yaml.error(e.line(), "channels." + e.key() + ": the channel " + same
                        + " has the same name ignoring case; order channels match ignoring case"));
                continue;
            }
            channels.put(e.key(), channel(e, new ChannelRule(e.key(), true, true, null), "channels." + e.key()));
        }
        Map<String, String> named = new HashMap<>();
        for (ChannelRule c : channels.values()) {
            named.put(c.name().toLowerCase(Locale.ROOT), c.name());
        }
        for (YamlNode.Entry e : byName.values()) {
            for (String word : channels.containsKey(e.key()) ? channels.get(e.key()).names() : List.<String>of()) {
                String other = named.putIfAbsent(word.toLowerCase(Locale.ROOT), e.key());
                if (other != null && !other.equals(e.key())) {
                    problems.add(yaml.error(e.line(), "channels." + e.key() + ".names: \"" + word + "\" already names the channel "
                            + other));
                }
            }
        }
        return channels;
    }

    /** A channel's keys, each on its own: a wrong one is noted and takes {@code base}'s value, and the channel stays. */
    private ChannelRule channel(YamlNode.Entry entry, ChannelRule base, String path) {
        Map<String, YamlNode.Entry> keys = entry.value().isNull() ? Map.of() : checked(() -> yaml.mapping(entry.value(), path), Map.of());
        problems.addAll(yaml.unknown(keys, Set.of("backorder", "preorder", "max_days", "names"), path + "."));
        return new ChannelRule(base.name(),
                keys.containsKey("backorder") ? checked(() -> yaml.bool(keys.get("backorder"), path + ".backorder"), base.backorder())
                        : base.backorder(),
                keys.containsKey("preorder") ? checked(() -> yaml.bool(keys.get("preorder"), path + ".preorder"), base.preorder())
                        : base.preorder(),
                keys.containsKey("max_days") ? checked(() -> Integer.valueOf(numbers.days(keys.get("max_days"), path + ".max_days")),
                        base.maxDays()) : base.maxDays(),
                keys.containsKey("names") ? checked(() -> words(keys.get("names"), path + ".names"), base.names()) : base.names());
    }

    /** A list of words, e.g. {@code [web, shopify_draft_order]}. */
    private List<String> words(YamlNode.Entry entry, String path) {
        List<String> words = yaml.texts(entry, path + " must be a list of words, e.g. [web, shopify_draft_order]",
                path + ": each name must be a word, e.g. web");
        words.replaceAll(String::strip);
        return words;
    }

    private Map<String, SkuRules> skus(YamlNode.Entry entry, SkuRules shopRules) {
        if (entry == null) {
            return Map.of();
        }
        Map<String, SkuRules> overrides = new LinkedHashMap<>();
        for (YamlNode.Entry sku : yaml.mapping(entry.value(), "skus").values()) {
            String path = "skus." + sku.key() + ".";
            Map<String, YamlNode.Entry> keys = checked(() -> yaml.mapping(sku.value(), "skus." + sku.key()), null);
            if (keys == null) {
                continue;
            }
            problems.addAll(yaml.unknown(keys, SKU_KEYS, path));
            Map<String, ChannelRule> channels = new LinkedHashMap<>(shopRules.channels());
            Map<String, YamlNode.Entry> own = keys.containsKey("channels")
                    ? checked(() -> yaml.mapping(keys.get("channels").value(), path + "channels"), Map.of()) : Map.of();
            for (YamlNode.Entry c : own.values()) {
                ChannelRule base = channels.get(c.key());
                if (base == null) {
                    problems.add(yaml.error(c.line(), path + "channels." + c.key() + ": no such channel; the channels are: "
                            + Policy.listed(shopRules.channels().keySet())));
                    continue;
                }
                channels.put(c.key(), channel(c, base, path + "channels." + c.key()));
            }
            overrides.put(sku.key(), rules(keys, path, shopRules, channels));
        }
        return overrides;
    }

    private Map<String, Map<String, String>> columns(YamlNode.Entry entry) {
        if (entry == null) {
            return Map.of();
        }
        Map<String, Map<String, String>> byFile = new LinkedHashMap<>();
        for (YamlNode.Entry f : yaml.mapping(entry.value(), "columns").values()) {
            InputKind kind = InputKind.byKey(f.key());
            if (kind == null || kind == InputKind.LISTINGS) {
                problems.add(yaml.error(f.line(), "columns." + f.key() + ": unknown file; use on-hand, purchase-orders, orders or products"));
                continue;
            }
            Map<String, String> mapping = new LinkedHashMap<>();
            for (YamlNode.Entry h : checked(() -> yaml.mapping(f.value(), "columns." + f.key()), Map.<String, YamlNode.Entry>of()).values()) {
                String column = checked(() -> yaml.text(h, "columns." + f.key() + "." + h.key()), null);
                if (column == null) {
                    continue;
                }
                boolean known = kind.columns().stream().anyMatch(c -> c.name().equals(column));
                if (!known) {
                    problems.add(yaml.error(h.line(), "columns." + f.key() + "." + h.key() + ": \"" + column + "\" is not a column of "
                            + kind.defaultFileName() + "; its columns are: "
                            + String.join(", ", kind.columns().stream().map(c -> c.name()).toList())));
                    continue;
                }
                mapping.put(h.key(), column);
            }
            byFile.put(kind.key(), mapping);
        }
        return byFile;
    }

    private List<String> dateFormats(YamlNode.Entry entry) {
        if (entry == null) {
            return List.of();
        }
        if (!entry.value().isList()) {
            throw yaml.error(entry.line(), "date_formats must be a list of patterns, e.g. [\"dd/MM/yyyy\"]");
        }
        List<String> formats = new ArrayList<>();
        for (YamlNode item : entry.value().list()) {
            if (item.token() != JsonToken.VALUE_STRING) {
                problems.add(yaml.error(item.line(), "date_formats: each pattern must be text, e.g. \"dd/MM/yyyy\""));
                continue;
            }
            try {
                DateTimeFormatter.ofPattern(item.text());
            } catch (IllegalArgumentException e) {
                problems.add(yaml.error(item.line(), "date_formats: \"" + item.text() + "\" is not a date pattern: " + e.getMessage()));
                continue;
            }
            formats.add(item.text());
        }
        return formats;
    }

    private ZoneId timezone(YamlNode.Entry entry, ZoneId fallback) {
        if (entry == null) {
            return fallback;
        }
        String zone = yaml.text(entry, "timezone");
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw yaml.error(entry.line(), "timezone \"" + zone + "\" is not a time zone (e.g. UTC, Europe/Berlin, America/New_York)");
        }
    }

    private int lineOf(Map<String, YamlNode.Entry> keys, String key, YamlNode root) {
        YamlNode.Entry e = keys.get(key);
        return e != null ? e.line() : root.line();
    }
}
