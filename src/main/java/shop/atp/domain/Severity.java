package shop.atp.domain;

import java.util.Locale;

/** How bad a finding is; errors sort first. */
public enum Severity {
    ERROR, WARNING;

    /** Made once: the check table prints it on every row. */
    private final String word = name().toLowerCase(Locale.ROOT);

    public String word() {
        return word;
    }
}
