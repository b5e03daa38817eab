package shop.atp.input;

import java.util.List;
import java.util.Locale;

/** A column an input file may have: its name in SPEC, the headers also accepted, and whether it is required. */
public record Column(String name, boolean required, List<String> aliases) {

    public static Column required(String name, String... aliases) {
        return new Column(name, true, List.of(aliases));
    }

    public static Column optional(String name, String... aliases) {
        return new Column(name, false, List.of(aliases));
    }

    /** Headers match case-insensitively, ignoring spaces, '_' and '-'. */
    public static String normalize(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c != ' ' && c != '_' && c != '-' && !Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
