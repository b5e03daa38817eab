package shop.atp.input;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words a column may hold (statuses, lifecycles) and what each means. A cell matches a
 * word ignoring case, spaces, '_' and '-' ({@link Column#normalize}), read from the chars of
 * the cell so that no String is made for it.
 */
final class WordList<T> {

    private final Map<String, T> byWord;
    private final char[][] words;
    private final Object[] values;
    private final String expected;

    private WordList(Map<String, T> byWord, String expected) {
        this.byWord = byWord;
        this.expected = expected;
        this.words = new char[byWord.size()][];
        this.values = new Object[byWord.size()];
        int i = 0;
        for (Map.Entry<String, T> e : byWord.entrySet()) {
            words[i] = e.getKey().toCharArray();
            values[i++] = e.getValue();
        }
    }

    /**
     * Each value's name as a word, and {@code alsoAccepted} words.
     *
     * @param expected how problems list the words, e.g. {@code "active, new, discontinued"}
     */
    static <E extends Enum<E>> WordList<E> of(E[] values, Map<String, E> alsoAccepted, String expected) {
        Map<String, E> byWord = new LinkedHashMap<>();
        for (E value : values) {
            byWord.put(Column.normalize(value.name()), value);
        }
        byWord.putAll(alsoAccepted);
        return new WordList<>(byWord, expected);
    }

    /** How problems list the words. */
    String expected() {
        return expected;
    }

    /** What {@code b[from, to)} means, or null when it is none of the words. */
    @SuppressWarnings("unchecked")
    T find(char[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] >= 0x80) {
                return byWord.get(Column.normalize(new String(b, from, to - from)));
            }
        }
        for (int w = 0; w < words.length; w++) {
            if (matches(words[w], b, from, to)) {
                return (T) values[w];
            }
        }
        return null;
    }

    /** Column.normalize(text).equals(word) for ASCII text, char by char. */
    private static boolean matches(char[] word, char[] b, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            char c = b[i];
            if (c == ' ' || c == '_' || c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (k == word.length || word[k] != c) {
                return false;
            }
            k++;
        }
        return k == word.length;
    }
}
