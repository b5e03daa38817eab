package shop.atp.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shop.atp.domain.ChannelRule;
import shop.atp.domain.CoverClass;
import shop.atp.domain.Planning;
import shop.atp.domain.Percent;
import shop.atp.domain.Policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyReaderTest {

    private static Policy read(String yaml) {
        return PolicyReader.read("policy.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRejected(String yaml, String message) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(PolicyException.class).hasMessage(message);
    }

    @Test
    void theShippedPolicyEqualsTheBuiltInDefaults() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("policy.yaml"))) {
            assertThat(PolicyReader.read("policy.yaml", in)).isEqualTo(Policy.defaults());
        }
    }

    @Test
    void anEmptyPolicyIsTheDefaults() {
        assertThat(read("")).isEqualTo(Policy.defaults());
        assertThat(read("# nothing but a comment\n")).isEqualTo(Policy.defaults());
    }

    @Test
    void percentagesAsPercentOrFraction() {
        assertThat(read("incoming_buffer: 12.5%\n").rules().incomingBuffer()).isEqualTo(new Percent(new BigDecimal("0.125")));
        assertThat(read("incoming_buffer: 0.25\n").rules().incomingBuffer().percentNumber()).isEqualByComparingTo("25");
        assertThat(read("preorder: { cap: 100% }\n").rules().preorderLimit(7)).isEqualTo(7);
        assertThat(read("preorder: { cap: 0% }\n").rules().preorderLimit(7)).isZero();
    }

    @Test
    void keysLeftOutKeepTheirDefaults() {
        Policy p = read("backorder:\n  max_days: 10\n");
        assertThat(p.rules().backorderMaxDays()).isEqualTo(10);
        assertThat(p.rules().requireConfirmedPo()).isTrue();
        assertThat(p.rules().notifyMeMaxDays()).isEqualTo(21);
    }

    /** Every wrong key is named, a line each in file order; what was right is kept in the partial policy. */
    @Test
    void everyWrongKeyIsNamedAndTheRestKept() {
        String yaml = "timezone: Mars/Olympus\nfulfillment_days: 4\nbackorder: { max_days: -2, sometimes: true }\n"
                + "skus:\n  A: { incoming_buffer: 300%, colour: red }\nsplit_shipments: maybe\n";
        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(PolicyException.class, e -> {
            assertThat(e.getMessage().lines().map(l -> l.substring(0, l.indexOf(':', 12) + 1))).containsExactly(
                    "policy.yaml:1:", "policy.yaml:3:", "policy.yaml:3:", "policy.yaml:5:", "policy.yaml:5:", "policy.yaml:6:");
            assertThat(e.getMessage()).contains("backorder.max_days", "unknown key \"backorder.sometimes\"", "split_shipments",
                    "unknown key \"skus.A.colour\"", "skus.A.incoming_buffer");
            assertThat(e.partial().rules().fulfillmentDays()).isEqualTo(4);
            assertThat(e.partial().rules().backorderMaxDays()).isEqualTo(Policy.defaults().rules().backorderMaxDays());
        });
    }

    @Test
    void channelsReplaceTheDefaultList() {
        Policy p = read("default_channel: SHOP\nchannels:\n  shop: { backorder: true }\n  etsy: { backorder: false, max_days: 5 }\n");
        assertThat(p.channelNames()).containsExactly("shop", "etsy");
        assertThat(p.defaultChannel()).isEqualTo("shop");
        assertThat(p.rules().channel("shop")).isEqualTo(new ChannelRule("shop", true, true, null));
        assertThat(p.rules().channel("etsy")).isEqualTo(new ChannelRule("etsy", false, true, 5));
    }

    @Test
    void perSkuOverridesLayOverTheShopRules() {
        Policy p = read("incoming_buffer: 10%\nskus:\n  HERO:\n    incoming_buffer: 25%\n    channels:\n      ebay: { backorder: false }\n");
        assertThat(p.rulesFor("HERO").incomingBuffer().percentNumber()).isEqualByComparingTo("25");
        assertThat(p.rulesFor("HERO").channel("ebay")).isEqualTo(new ChannelRule("ebay", false, true, 30));
        assertThat(p.rulesFor("HERO").backorderMaxDays()).isEqualTo(14);
        assertThat(p.rulesFor("OTHER")).isEqualTo(p.rules());
    }

    @Test
    void timezoneColumnsAndDateFormats() {
        Policy p = read("timezone: America/New_York\ncolumns:\n  orders:\n    Order Ref: order_id\ndate_formats: [\"dd/MM/yyyy\"]\n");
        assertThat(p.timezone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(p.columns()).isEqualTo(Map.of("orders", Map.of("Order Ref", "order_id")));
        assertThat(p.dateFormats()).containsExactly("dd/MM/yyyy");
    }

    @Test
    void planningKeysAndPerSkuLeadTimeAndSafetyDays() {
        Policy p = read("planning:\n  window_days: 14\n  safety_days: { A: 21 }\n  order_cycle_days: 7\n"
                + "skus:\n  HERO:\n    planning: { lead_time_days: 45, safety_days: 30 }\n");
        Planning shop = p.rules().planning();
        assertThat(shop.windowDays()).isEqualTo(14);
        assertThat(shop.orderCycleDays()).isEqualTo(7);
        assertThat(shop.leadTimeDays()).isEqualTo(30);
        assertThat(shop.safetyDays()).isEqualTo(Map.of(CoverClass.A, 21, CoverClass.B, 7, CoverClass.C, 3));
        Planning hero = p.rulesFor("HERO").planning();
        assertThat(hero.leadTimeDays()).isEqualTo(45);
        assertThat(hero.safetyDays()).isEqualTo(Map.of(CoverClass.A, 30, CoverClass.B, 30, CoverClass.C, 30));
        assertThat(hero.windowDays()).isEqualTo(14);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown top key|backorders: {}|policy.yaml:1: unknown key \"backorders\"; known keys here: backorder, channels, columns, date_formats, default_channel, fulfillment_days, incoming_buffer, listings, notices, notify_me, planning, preorder, skus, split_shipments, timezone",
            "unknown nested key|backorder:\\n  max_day: 3|policy.yaml:2: unknown key \"backorder.max_day\"; known keys here: max_days, require_confirmed_po",
            "duplicate key|fulfillment_days: 2\\nfulfillment_days: 3|policy.yaml:2: duplicate key \"fulfillment_days\" (first on line 1)",
            "negative days|notify_me: { max_days: -1 }|policy.yaml:1: notify_me.max_days must not be negative (found -1)",
            "days as text|fulfillment_days: two|policy.yaml:1: fulfillment_days must be a whole number of days (found \"two\")",
            "fractional days|fulfillment_days: 1.5|policy.yaml:1: fulfillment_days must be a whole number of days (found \"1.5\")",
            "percent over 100|incoming_buffer: 150%|policy.yaml:1: incoming_buffer must lie between 0% and 100% (found 150%)",
            "negative percent|preorder:\\n  cap: -5%|policy.yaml:2: preorder.cap must lie between 0% and 100% (found -5%)",
            "bare number above 1|incoming_buffer: 80|policy.yaml:1: incoming_buffer must lie between 0% and 100% (found 80)",
            "percent as words|incoming_buffer: lots|policy.yaml:1: incoming_buffer must be a percentage such as 80% or 0.8 (found \"lots\")",
            "boolean as text|backorder: { require_confirmed_po: yes please }|policy.yaml:1: backorder.require_confirmed_po must be true or false (found \"yes please\")",
            "wrong type for a section|backorder: 14|policy.yaml:1: backorder must be a mapping of keys to values",
            "anchor|backorder: &b { max_days: 3 }\\nnotify_me: { max_days: 30 }|policy.yaml:1: YAML anchors (&b) are not allowed in a policy; write the value out",
            "default channel not a channel|default_channel: shopify|policy.yaml:1: default_channel \"shopify\" is not one of the channels: dtc, amazon, ebay, walmart, tiktok",
            "override of unknown channel|skus:\\n  A:\\n    channels:\\n      etsy: { backorder: false }|policy.yaml:4: skus.A.channels.etsy: no such channel; the channels are: dtc, amazon, ebay, walmart, tiktok",
            "unknown key in override|skus:\\n  A:\\n    timezone: UTC|policy.yaml:3: unknown key \"skus.A.timezone\"; known keys here: backorder, channels, fulfillment_days, incoming_buffer, notify_me, planning, preorder",
            "safety days of a class that is not A, B or C|planning:\\n  safety_days: { A: 14, D: 2 }|policy.yaml:2: planning.safety_days: \"D\" is not a class; the classes are A, B and C",
            "negative safety days|planning:\\n  safety_days:\\n    B: -1|policy.yaml:3: planning.safety_days.B must not be negative (found -1)",
            "negative lead time|planning: { lead_time_days: -3 }|policy.yaml:1: planning.lead_time_days must not be negative (found -3)",
            "window of no days|planning: { window_days: 0 }|policy.yaml:1: planning.window_days must be at least 1 (demand is counted over it)",
            "health lines as text|planning: { health_min_lines: many }|policy.yaml:1: planning.health_min_lines must be a whole number (found \"many\")",
            "unknown planning key|planning: { lead_days: 3 }|policy.yaml:1: unknown key \"planning.lead_days\"; known keys here: health_min_lines, lead_time_days, order_cycle_days, safety_days, window_days",
            "shop-wide planning key in an override|skus:\\n  A:\\n    planning: { window_days: 7 }|policy.yaml:3: unknown key \"skus.A.planning.window_days\"; known keys here: lead_time_days, safety_days",
            "bad timezone|timezone: Mars/Olympus|policy.yaml:1: timezone \"Mars/Olympus\" is not a time zone (e.g. UTC, Europe/Berlin, America/New_York)",
            "bad column target|columns:\\n  orders:\\n    Ref: order_number|policy.yaml:3: columns.orders.Ref: \"order_number\" is not a column of orders.csv; its columns are: order_id, sku, quantity, ordered_at, channel, status, shipped, promised_date, customer, tags, shipped_at",
            "unknown channel key|channels:\\n  dtc: { backorders: true }|policy.yaml:2: unknown key \"channels.dtc.backorders\"; known keys here: backorder, max_days, names, preorder",
            "channel names not a list|channels:\\n  dtc: { names: web }|policy.yaml:2: channels.dtc.names must be a list of words, e.g. [web, shopify_draft_order]",
            "a channel name not a word|channels:\\n  dtc:\\n    names: [web, [a]]|policy.yaml:3: channels.dtc.names: each name must be a word, e.g. web",
            "a name of two channels|channels:\\n  dtc: { names: [web] }\\n  shop: { names: [WEB] }|policy.yaml:3: channels.shop.names: \"WEB\" already names the channel dtc",
            "not yaml|backorder: [unclosed|policy.yaml:1: is not valid YAML: expected ',' or ']', but got <stream end>",
    })
    void badPoliciesNameTheKeyAndLine(String what, String yaml, String message) {
        assertRejected(yaml.replace("\\n", "\n"), message);
    }

    @Test
    void aliasesAreRefused() {
        assertRejected("fulfillment_days: &d 3\n",
                "policy.yaml:1: YAML anchors (&d) are not allowed in a policy; write the value out");
        assertRejected("fulfillment_days: *d\n",
                "policy.yaml:1: YAML aliases (*d) are not allowed in a policy; write the value out");
    }

    @Test
    void aHugeDocumentIsRefused() {
        String huge = "date_formats:\n" + "  - \"yyyy-MM-dd\"\n".repeat(100_000);
        assertRejected(huge, "policy.yaml: is too large for a policy (more than 1000000 characters)");
    }

    /** HARDENING C2: day counts in YAML 1.1's forms (hex, underscores, binary) are policy errors, never a crash. */
    @Test
    void dayCountsInOtherNumberFormsAreRefused() {
        for (String v : new String[]{"0x10", "1_0", "0b11", "010"}) {
            assertRejected("fulfillment_days: " + v + "\n",
                    "policy.yaml:1: fulfillment_days must be a whole number of days (found " + v + ")");
        }
    }

    /** HARDENING W3: two channels whose names differ only in case would take each other's orders. */
    @Test
    void channelsEqualIgnoringCaseAreRefused() {
        assertRejected("channels:\n  dtc: {backorder: true}\n  DTC: {backorder: false, preorder: false}\n",
                "policy.yaml:3: channels.DTC: the channel dtc has the same name ignoring case; order channels match ignoring case");
    }

    /** HARDENING C8, R2: a percentage with an extreme exponent or scale is a policy error, at once. */
    @Test
    void percentagesWithMoreThanTenDecimalsAreRefused() {
        for (String v : new String[]{"\"1e-999999999%\"", "\"1e999999999%\"", "1e-999999999", "\"1e-30000000%\"",
                "\"0.0000000000001%\""}) {
            assertThatThrownBy(() -> read("incoming_buffer: " + v + "\n")).isInstanceOf(PolicyException.class)
                    .hasMessageStartingWith("policy.yaml:1: incoming_buffer ");
        }
        assertThat(read("incoming_buffer: \"12.5%\"\n")).isEqualTo(read("incoming_buffer: 0.125\n"));
    }
}
