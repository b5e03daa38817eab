package shop.atp.input;

import com.fasterxml.jackson.core.JsonToken;
import shop.atp.domain.Percent;

import java.math.BigDecimal;

/**
 * A policy's numbers, each checked as it is read: day counts (0 to ten years), counts of
 * order lines, and percentages (0–100 %, written 80% or 0.8), never a guess at what YAML
 * might mean ({@code 010}, {@code 0x10}).
 */
final class PolicyNumbers {

    /** Decimals a percentage may have (12.5% has one): more is no merchant's policy, and costs time. */
    private static final int MAX_PERCENT_DECIMALS = 10;
    /** Ten years: any day count beyond is a typo, and keeps date arithmetic far from overflow. */
    private static final int MAX_DAYS = 3650;
    /** A billion order lines: more is a typo. */
    private static final int MAX_COUNT = 1_000_000_000;

    private final YamlChecks yaml;

    PolicyNumbers(YamlChecks yaml) {
        this.yaml = yaml;
    }

    int days(YamlNode.Entry e, String path) {
        return whole(e, path, " of days", MAX_DAYS, " days");
    }

    /** A count of order lines: any size a merchant's history may have. */
    int count(YamlNode.Entry e, String path) {
        return whole(e, path, "", MAX_COUNT, "");
    }

    private int whole(YamlNode.Entry e, String path, String ofWhat, int max, String unit) {
        YamlNode v = e.value();
        if (v.token() != JsonToken.VALUE_NUMBER_INT) {
            throw yaml.error(e.line(), path + " must be a whole number" + ofWhat + " (found " + YamlChecks.shown(v) + ")");
        }
        BigDecimal n;
        try {
            if (v.text().length() > 1 && v.text().startsWith("0")) {
                // 010: YAML 1.1 reads it as 8, YAML 1.2 as 10; a count must not be a guess
                throw new NumberFormatException(v.text());
            }
            n = new BigDecimal(v.text());
        } catch (NumberFormatException notDecimal) {
            // YAML 1.1's other forms of a whole number (0x10, 1_0, 0b11): not for a count
            throw yaml.error(e.line(), path + " must be a whole number" + ofWhat + " (found " + v.text() + ")");
        }
        if (n.signum() < 0) {
            throw yaml.error(e.line(), path + " must not be negative (found " + v.text() + ")");
        }
        if (n.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw yaml.error(e.line(), path + " must be at most " + max + unit + " (found " + v.text() + ")");
        }
        return n.intValueExact();
    }

    /** {@code 80%} or a fraction such as {@code 0.8}; anything outside 0–100 % is refused. */
    Percent percent(YamlNode.Entry e, String path) {
        YamlNode v = e.value();
        String expected = path + " must be a percentage such as 80% or 0.8 (found " + YamlChecks.shown(v) + ")";
        BigDecimal fraction;
        try {
            if (v.token() == JsonToken.VALUE_STRING && v.text().strip().endsWith("%")) {
                String number = v.text().strip();
                fraction = new BigDecimal(number.substring(0, number.length() - 1).strip()).movePointLeft(2);
            } else if (v.token() == JsonToken.VALUE_NUMBER_INT || v.token() == JsonToken.VALUE_NUMBER_FLOAT) {
                fraction = new BigDecimal(v.text());
            } else {
                throw yaml.error(e.line(), expected);
            }
        } catch (NumberFormatException | ArithmeticException ex) {
            throw yaml.error(e.line(), expected);
        }
        // checked before anything is computed with it: an exponent such as 1e-999999999 makes
        // BigDecimal arithmetic overflow, or crawl through a scale of millions of digits
        if (fraction.scale() > MAX_PERCENT_DECIMALS + 2 || fraction.precision() - fraction.scale() > 3) {
            throw yaml.error(e.line(), path + " must be a percentage with at most " + MAX_PERCENT_DECIMALS
                    + " decimals, between 0% and 100% (found " + v.text() + ")");
        }
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw yaml.error(e.line(), path + " must lie between 0% and 100% (found " + v.text() + ")");
        }
        return new Percent(fraction);
    }
}
