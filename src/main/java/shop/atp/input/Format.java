package shop.atp.input;

import shop.atp.input.csv.Quoting;

import java.util.List;
import java.util.Map;

/**
 * What a platform's export means, as data (SPEC "Formats as data"): which kind of file it is,
 * the header columns that recognise it, how each of atp's columns is made from its cells, its
 * row shape (rows of one order grouped, order fields carried from the first row, rows that
 * are not data), read from a YAML file in the jar or in DATA/formats/.
 *
 * @param signature the headers that must all be there for a file to be read with this format
 * @param columns   atp's column → the ways to make it, the first that applies winning
 * @param groupBy   the header whose value groups the rows of one order (null: none)
 * @param carry     headers a row of a group takes from the group's first row when blank
 * @param dates     date patterns of the export beyond atp's own (java.time patterns, e.g. MM/dd/yyyy h:mm:ss a)
 * @param netOfOrders an on-hand export whose stock is already net of the platform's open orders
 *                  (WooCommerce's Stock): those orders' open units are added back
 * @param fallback  the encoding to read the file in when its bytes are not UTF-8 (Amazon's
 *                  Cp1252 reports), or null
 * @param platform  the platform the export comes from (its on-hand committed count is compared with
 *                  the open units of its orders), or null
 * @param quoting   whether a {@code "} opens a quoted field, or is text (Amazon's reports quote nothing)
 * @param formulaEscape the mark the exporter puts before a cell a spreadsheet would take for a formula,
 *                  taken off every cell (WooCommerce's {@code '})
 */
public record Format(String name, InputKind kind, String origin, String description, List<String> signature,
                     Map<String, List<Choice>> columns, String groupBy, List<String> carry, List<Skip> skips,
                     List<String> dates, String platform, java.nio.charset.Charset fallback, SameOrder sameOrder,
                     boolean netOfOrders, Quoting quoting, FormulaEscape formulaEscape) {

    /**
     * A line that is the same order as one in another platform's export: the id in {@code
     * header} ({@code pattern}'s first group) names the order in that {@code platform}'s
     * export, on the lines where every condition of {@code when} holds. When that export is
     * read too, the order is counted once: here, and the other platform's line skipped (a
     * TikTok order synced into Shopify), or there ({@code countedThere}), and this line
     * skipped (an Amazon Multi-Channel Fulfillment row shipping a Shopify order).
     */
    public record SameOrder(String header, java.util.regex.Pattern pattern, String platform, List<Condition> when,
                            boolean countedThere) {
    }

    /** A condition on a cell: it is there and not blank, it is blank, or it is one of some words. */
    public record Condition(String header, String test, List<String> words) {
    }

    /**
     * One way to make a column: when every condition holds, the cell of {@code header} (its
     * word mapped through {@code words} when given, or less the number in {@code minus} when
     * given), the constant {@code value}, or the sum of every column after {@code sumAfter}
     * (Shopify's inventory with a column per location).
     */
    public record Choice(List<Condition> when, String header, Map<String, String> words, String value, String minus,
                         String sumAfter) {

        public Choice(List<Condition> when, String header, Map<String, String> words, String value) {
            this(when, header, words, value, null, null);
        }
    }

    /** Where a line's channel comes from, in words: a column, a fixed channel, or the policy's default. */
    public String channelSource() {
        if (kind != InputKind.ORDERS) {
            return "";
        }
        List<Choice> rules = columns.getOrDefault("channel", List.of());
        if (rules.isEmpty()) {
            return "default_channel";
        }
        Choice first = rules.get(0);
        return first.value() != null ? "fixed: " + first.value() : "column " + first.header();
    }

    /** Rows that are not data: when every condition holds, skipped with {@code reason}. */
    public record Skip(List<Condition> when, String reason) {
    }
}
