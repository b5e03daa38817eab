package shop.atp.input;

import shop.atp.input.csv.Quoting;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a format file (YAML) into a {@link Format}, checked like the policy: unknown keys, a
 * column atp does not have, a condition it cannot test are errors naming the key and its line.
 *
 * <pre>
 * name: shopify-orders
 * kind: orders
 * origin: "Shopify admin: Orders &gt; Export"
 * signature: [Name, Created at, Lineitem sku, Lineitem quantity]
 * rows:
 *   group_by: Name
 *   carry: [Cancelled at, Source]
 *   skip:
 *     - when: { Lineitem sku: blank }
 *       reason: line without a SKU
 * quoting: rfc4180                        # or none: a " is text (Amazon's reports)
 * formula_escape: none                   # or apostrophe: a ' before = + - @ taken off (WooCommerce)
 * columns:
 *   order_id: Name                       # a header
 *   status:                              # the first choice whose conditions hold
 *     - when: { Cancelled at: present }
 *       value: cancelled
 *     - header: Lineitem fulfillment status
 *       words: { pending: open, fulfilled: shipped }
 * </pre>
 */
final class FormatReader {

    private static final Set<String> TOP = Set.of("name", "kind", "origin", "description", "signature", "rows", "columns",
            "dates", "platform", "encoding_fallback", "net_of_orders", "quoting", "formula_escape");
    private static final Set<String> ROWS = Set.of("group_by", "carry", "skip", "same_order");
    private static final Set<String> CHOICE = Set.of("when", "header", "words", "value", "minus", "sum_after");
    private static final Set<String> TESTS = Set.of("present", "blank");

    private final YamlChecks yaml;

    private FormatReader(String file) {
        this.yaml = new YamlChecks(file);
    }

    static Format read(String file, InputStream in, String origin) {
        return new FormatReader(file).format(PolicyReader.document(file, in), origin);
    }

    private Format format(YamlNode root, String origin) {
        Map<String, YamlNode.Entry> top = yaml.mapping(root, "the format");
        yaml.refuseUnknown(top, TOP, "");
        String name = yaml.text(required(top, "name", root), "name");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw yaml.error(top.get("name").line(), "name \"" + name + "\" must be lower-case letters, digits and '-'");
        }
        String kindWord = yaml.text(required(top, "kind", root), "kind");
        InputKind kind = InputKind.byKey(kindWord);
        if (kind == null) {
            throw yaml.error(top.get("kind").line(), "kind \"" + kindWord + "\" is not one of on-hand, purchase-orders, orders, products, listings");
        }
        List<String> signature = words(required(top, "signature", root), "signature");
        if (signature.isEmpty()) {
            throw yaml.error(top.get("signature").line(), "signature needs at least one column: the headers that recognise the export");
        }
        Map<String, List<Format.Choice>> columns = new LinkedHashMap<>();
        YamlNode.Entry columnsEntry = required(top, "columns", root);
        for (YamlNode.Entry c : yaml.mapping(columnsEntry.value(), "columns").values()) {
            boolean known = kind.columns().stream().anyMatch(col -> col.name().equals(c.key()));
            if (!known) {
                throw yaml.error(c.line(), "columns." + c.key() + ": not a column of " + kind.defaultFileName() + "; its columns are: "
                        + String.join(", ", kind.columns().stream().map(Column::name).toList()));
            }
            columns.put(c.key(), choices(c, "columns." + c.key()));
        }
        for (Column required : kind.columns()) {
            if (required.required() && !columns.containsKey(required.name())) {
                throw yaml.error(columnsEntry.line(), "columns: the required column " + required.name() + " has no rule");
            }
        }
        String groupBy = null;
        List<String> carry = List.of();
        List<Format.Skip> skips = List.of();
        Format.SameOrder sameOrder = null;
        if (top.containsKey("rows")) {
            Map<String, YamlNode.Entry> rows = yaml.mapping(top.get("rows").value(), "rows");
            yaml.refuseUnknown(rows, ROWS, "rows.");
            groupBy = rows.containsKey("group_by") ? yaml.text(rows.get("group_by"), "rows.group_by") : null;
            carry = rows.containsKey("carry") ? words(rows.get("carry"), "rows.carry") : List.of();
            skips = rows.containsKey("skip") ? skips(rows.get("skip")) : List.of();
            if (rows.containsKey("same_order")) {
                sameOrder = sameOrder(rows.get("same_order"));
            }
            if (groupBy == null && !carry.isEmpty()) {
                throw yaml.error(rows.get("carry").line(), "rows.carry needs rows.group_by: the rows whose first row the cells come from");
            }
        }
        String description = top.containsKey("description") ? yaml.text(top.get("description"), "description") : "";
        String from = top.containsKey("origin") ? yaml.text(top.get("origin"), "origin") : "";
        List<String> dates = top.containsKey("dates") ? words(top.get("dates"), "dates") : List.of();
        for (String pattern : dates) {
            try {
                java.time.format.DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                throw yaml.error(top.get("dates").line(), "dates: \"" + pattern + "\" is not a date pattern: " + e.getMessage());
            }
        }
        String platform = top.containsKey("platform") ? yaml.text(top.get("platform"), "platform") : null;
        if (kind == InputKind.LISTINGS && shop.atp.domain.listings.Platform.byWord(platform == null ? "" : platform) == null) {
            throw yaml.error(top.containsKey("platform") ? top.get("platform").line() : top.get("kind").line(),
                    "a listings format needs platform: one of " + String.join(", ", shop.atp.domain.listings.Platform.words()));
        }
        java.nio.charset.Charset fallback = null;
        if (top.containsKey("encoding_fallback")) {
            String cs = yaml.text(top.get("encoding_fallback"), "encoding_fallback");
            try {
                fallback = java.nio.charset.Charset.forName(cs);
            } catch (IllegalArgumentException e) {
                throw yaml.error(top.get("encoding_fallback").line(), "encoding_fallback \"" + cs + "\" is not an encoding (e.g. windows-1252)");
            }
        }
        return new Format(name, kind, origin, description.isEmpty() ? from : description, signature, columns, groupBy,
                carry, skips, dates, platform, fallback, sameOrder, netOfOrders(top, kind, platform), quoting(top),
                formulaEscape(top));
    }

    /** {@code quoting: rfc4180} (the default: a {@code "} opens a quoted field) or {@code none} (a {@code "} is text). */
    private Quoting quoting(Map<String, YamlNode.Entry> top) {
        return oneOf(top, "quoting", "quoting", Quoting.RFC4180, Map.of("rfc4180", Quoting.RFC4180, "none", Quoting.NONE),
                "rfc4180 (a \" opens a quoted field), none (a \" is text)");
    }

    /** {@code formula_escape: none} (the default) or {@code apostrophe} (a ' before = + - @ is taken off every cell). */
    private FormulaEscape formulaEscape(Map<String, YamlNode.Entry> top) {
        return oneOf(top, "formula_escape", "formula_escape", FormulaEscape.NONE, Map.of("none", FormulaEscape.NONE, "apostrophe", FormulaEscape.APOSTROPHE),
                "none, apostrophe (a ' before = + - @ is taken off every cell)");
    }

    /**
     * The value of {@code key}'s word among {@code words}; {@code absent} without the key; another
     * word is an error naming the key by its {@code path} and listing the words.
     */
    private <T> T oneOf(Map<String, YamlNode.Entry> keys, String key, String path, T absent, Map<String, T> words, String listed) {
        YamlNode.Entry e = keys.get(key);
        if (e == null) {
            return absent;
        }
        String word = yaml.text(e, path);
        T value = words.get(word);
        if (value == null) {
            throw yaml.error(e.line(), path + " \"" + word + "\" is not one of " + listed);
        }
        return value;
    }

    private List<Format.Choice> choices(YamlNode.Entry entry, String path) {
        YamlNode v = entry.value();
        if (!v.isMap() && !v.isList()) {
            return List.of(new Format.Choice(List.of(), yaml.text(entry, path), null, null));
        }
        List<YamlNode> items = v.isList() ? v.list() : List.of(v);
        List<Format.Choice> choices = new ArrayList<>();
        for (YamlNode item : items) {
            Map<String, YamlNode.Entry> keys = yaml.mapping(item, path);
            yaml.refuseUnknown(keys, CHOICE, path + ".");
            boolean header = keys.containsKey("header");
            int given = (header ? 1 : 0) + (keys.containsKey("value") ? 1 : 0) + (keys.containsKey("sum_after") ? 1 : 0);
            if (given != 1) {
                throw yaml.error(item.line(), path + ": give one of header, value or sum_after");
            }
            Map<String, String> words = null;
            if (keys.containsKey("words")) {
                words = new LinkedHashMap<>();
                for (YamlNode.Entry w : yaml.mapping(keys.get("words").value(), path + ".words").values()) {
                    words.put(w.key().toLowerCase(Locale.ROOT), yaml.text(w, path + ".words." + w.key()));
                }
            }
            if (keys.containsKey("minus") && (!header || words != null)) {
                throw yaml.error(keys.get("minus").line(), path + ".minus: takes one header's number from another's; give it with header, without words");
            }
            choices.add(new Format.Choice(keys.containsKey("when") ? conditions(keys.get("when"), path + ".when") : List.of(),
                    header ? yaml.text(keys.get("header"), path + ".header") : null, words,
                    keys.containsKey("value") ? yaml.text(keys.get("value"), path + ".value") : null,
                    keys.containsKey("minus") ? yaml.text(keys.get("minus"), path + ".minus") : null,
                    keys.containsKey("sum_after") ? yaml.text(keys.get("sum_after"), path + ".sum_after") : null));
        }
        return choices;
    }

    private boolean netOfOrders(Map<String, YamlNode.Entry> top, InputKind kind, String platform) {
        YamlNode.Entry e = top.get("net_of_orders");
        if (e == null) {
            return false;
        }
        boolean net = yaml.bool(e, "net_of_orders");
        if (net && (kind != InputKind.ON_HAND || platform == null)) {
            throw yaml.error(e.line(), "net_of_orders is for an on-hand format with a platform, whose orders' open units are added back");
        }
        return net;
    }

    /** {@code { header: Tags, pattern: "TikTokOrderID:(\\d+)", platform: tiktok }}, and optionally {@code when:} and {@code counted: here | there}. */
    private Format.SameOrder sameOrder(YamlNode.Entry entry) {
        Map<String, YamlNode.Entry> keys = yaml.mapping(entry.value(), "rows.same_order");
        yaml.refuseUnknown(keys, Set.of("header", "pattern", "platform", "when", "counted"), "rows.same_order.");
        String regex = yaml.text(required(keys, "pattern", entry.value()), "rows.same_order.pattern");
        java.util.regex.Pattern pattern;
        try {
            pattern = java.util.regex.Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw yaml.error(keys.get("pattern").line(), "rows.same_order.pattern is not a regular expression: " + e.getDescription());
        }
        if (pattern.matcher("").groupCount() < 1) {
            throw yaml.error(keys.get("pattern").line(), "rows.same_order.pattern needs a group, ( ), around the other order's id");
        }
        boolean countedThere = oneOf(keys, "counted", "rows.same_order.counted", false, Map.of("here", false, "there", true),
                "here (the other platform's line is skipped), there (this line is skipped)");
        return new Format.SameOrder(yaml.text(required(keys, "header", entry.value()), "rows.same_order.header"), pattern,
                yaml.text(required(keys, "platform", entry.value()), "rows.same_order.platform"),
                keys.containsKey("when") ? conditions(keys.get("when"), "rows.same_order.when") : List.of(), countedThere);
    }

    private List<Format.Skip> skips(YamlNode.Entry entry) {
        if (!entry.value().isList()) {
            throw yaml.error(entry.line(), "rows.skip must be a list of { when: ..., reason: ... }");
        }
        List<Format.Skip> skips = new ArrayList<>();
        for (YamlNode item : entry.value().list()) {
            Map<String, YamlNode.Entry> keys = yaml.mapping(item, "rows.skip");
            yaml.refuseUnknown(keys, Set.of("when", "reason"), "rows.skip.");
            skips.add(new Format.Skip(conditions(required(keys, "when", item), "rows.skip.when"),
                    yaml.text(required(keys, "reason", item), "rows.skip.reason")));
        }
        return skips;
    }

    /** {@code { Header: present | blank | [word, ...] }}. */
    private List<Format.Condition> conditions(YamlNode.Entry entry, String path) {
        List<Format.Condition> conditions = new ArrayList<>();
        for (YamlNode.Entry c : yaml.mapping(entry.value(), path).values()) {
            if (c.value().isList()) {
                conditions.add(new Format.Condition(c.key(), "one of",
                        words(c, path + "." + c.key()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()));
            } else {
                String test = yaml.text(c, path + "." + c.key());
                if (!TESTS.contains(test)) {
                    throw yaml.error(c.line(), path + "." + c.key() + ": \"" + test + "\" is not a test; use present, blank or a list of words");
                }
                conditions.add(new Format.Condition(c.key(), test, List.of()));
            }
        }
        return conditions;
    }

    private YamlNode.Entry required(Map<String, YamlNode.Entry> keys, String key, YamlNode at) {
        YamlNode.Entry e = keys.get(key);
        if (e == null) {
            throw yaml.error(at.line(), "the key \"" + key + "\" is required");
        }
        return e;
    }

    private List<String> words(YamlNode.Entry e, String path) {
        return yaml.texts(e, path + " must be a list, e.g. [Name, Created at]", path + ": each item must be text");
    }
}
