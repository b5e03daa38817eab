package shop.atp.cli;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** --sku GLOB: '*' any text, '?' one character, '[...]' one of; everything else literal, case-sensitive. */
final class SkuGlob {

    private SkuGlob() {
    }

    /** The test of {@code glob}; null (every SKU) when there is none. */
    static Predicate<String> of(String glob) {
        if (glob == null) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            int close = c == '[' ? glob.indexOf(']', i + 1) : -1;
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (close > i + 1) {
                String set = glob.substring(i + 1, close);
                boolean negated = set.startsWith("!") && set.length() > 1;
                regex.append('[').append(negated ? "^" : "").append(classBody(negated ? set.substring(1) : set)).append(']');
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
        } catch (PatternSyntaxException e) {
            throw new UsageException("--sku " + glob + " is not a valid pattern (" + e.getDescription()
                    + "); ranges go from low to high, as in [a-c]");
        }
        return sku -> pattern.matcher(sku).matches();
    }

    /** Letters, digits and '-' (ranges) pass; anything else is matched literally. */
    private static String classBody(String set) {
        StringBuilder b = new StringBuilder();
        for (char c : set.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) || c == '-' ? "" : "\\").append(c);
        }
        return b.toString();
    }
}
