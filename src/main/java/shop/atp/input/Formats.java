package shop.atp.input;

import java.util.List;

/**
 * The formats atp reads an export through (SPEC "Formats"). Today one: {@code atp}, this
 * contract's columns and their aliases, for every kind of file.
 */
public final class Formats {

    /** atp's own format: SPEC's columns and aliases, and the policy's {@code columns:}. */
    public static final String ATP = "atp";
    private static final List<String> NAMES = List.of(ATP);

    private Formats() {
    }

    public static boolean isKnown(String name) {
        return NAMES.contains(name);
    }

    public static List<String> names() {
        return NAMES;
    }
}
