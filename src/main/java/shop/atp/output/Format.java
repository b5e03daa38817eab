package shop.atp.output;

import java.util.Locale;

/** The output formats of --format. Markdown and HTML are the report's alone. */
public enum Format {
    TABLE, CSV, TSV, JSON, MARKDOWN, HTML;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
