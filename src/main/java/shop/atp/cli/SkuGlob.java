package shop.atp.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * --sku GLOB: '*' any text, '?' one character, '[...]' one of (ranges like a-c, '!' first
 * for none of); everything else literal, case-sensitive. Matched by walking the SKU once per
 * '*' tried, never by a regular expression, whose backtracking a pattern of many stars made
 * take seconds per SKU.
 */
final class SkuGlob {

    /** One position of a glob: a star, or a test of one character. */
    private record Token(boolean star, Predicate<Character> one) {
    }

    private SkuGlob() {
    }

    /** The test of {@code glob}; null (every SKU) when there is none. */
    static Predicate<String> of(String glob) {
        if (glob == null) {
            return null;
        }
        List<Token> tokens = tokens(glob);
        return sku -> matches(tokens, sku);
    }

    private static List<Token> tokens(String glob) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            int close = c == '[' ? glob.indexOf(']', i + 1) : -1;
            if (c == '*') {
                tokens.add(new Token(true, null));
            } else if (c == '?') {
                tokens.add(new Token(false, any -> true));
            } else if (close > i + 1) {
                tokens.add(new Token(false, set(glob, glob.substring(i + 1, close))));
                i = close;
            } else {
                tokens.add(new Token(false, any -> any == c));
            }
        }
        return tokens;
    }

    /** {@code [abc]}, {@code [a-c]}, {@code [!abc]}; a '-' first or last is itself; a range of two kinds ([a-&], [9-a]) an error. */
    private static Predicate<Character> set(String glob, String body) {
        boolean negated = body.startsWith("!") && body.length() > 1;
        String members = negated ? body.substring(1) : body;
        List<char[]> ranges = new ArrayList<>();
        for (int i = 0; i < members.length(); i++) {
            char from = members.charAt(i);
            if (i + 2 < members.length() && members.charAt(i + 1) == '-' && !(i == 0 && from == '-')) {
                char to = members.charAt(i + 2);
                if (!sameKind(from, to)) {
                    throw new UsageException("--sku " + glob + " is not a valid pattern (the range " + from + "-" + to + " does not join "
                            + "two digits, two lower-case or two upper-case letters, as in [0-9], [a-c] or [A-C]; a - first or last "
                            + "is the character itself)");
                }
                if (to < from) {
                    throw new UsageException("--sku " + glob + " is not a valid pattern (the range " + from + "-" + to
                            + " goes backwards); ranges go from low to high, as in [a-c]");
                }
                ranges.add(new char[]{from, to});
                i += 2;
            } else {
                ranges.add(new char[]{from, from});
            }
        }
        return c -> {
            boolean in = false;
            for (char[] range : ranges) {
                in |= c >= range[0] && c <= range[1];
            }
            return in != negated;
        };
    }

    /** Both digits, both lower-case or both upper-case letters: the ends of a range whose members are plain. */
    private static boolean sameKind(char from, char to) {
        return Character.isDigit(from) && Character.isDigit(to) || Character.isLowerCase(from) && Character.isLowerCase(to)
                || Character.isUpperCase(from) && Character.isUpperCase(to);
    }

    /**
     * The usual greedy walk: each star first takes nothing, and takes one more character each
     * time what follows it fails; only the last star is ever taken back to.
     */
    private static boolean matches(List<Token> tokens, String sku) {
        int t = 0;
        int s = 0;
        int lastStar = -1;
        int starFrom = 0;
        while (s < sku.length()) {
            if (t < tokens.size() && !tokens.get(t).star() && tokens.get(t).one().test(sku.charAt(s))) {
                t++;
                s++;
            } else if (t < tokens.size() && tokens.get(t).star()) {
                lastStar = t++;
                starFrom = s;
            } else if (lastStar >= 0) {
                t = lastStar + 1;
                s = ++starFrom;
            } else {
                return false;
            }
        }
        while (t < tokens.size() && tokens.get(t).star()) {
            t++;
        }
        return t == tokens.size();
    }
}
