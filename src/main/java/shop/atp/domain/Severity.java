package shop.atp.domain;

import java.util.Locale;

/** How bad a finding is; errors sort first. */
public enum Severity {
    ERROR, WARNING;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
