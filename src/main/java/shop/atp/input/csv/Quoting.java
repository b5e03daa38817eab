package shop.atp.input.csv;

/**
 * Whether a {@code "} opens a quoted field (RFC 4180, most exports) or is an ordinary
 * character (Amazon's tab-delimited reports, which quote nothing: a title may start with
 * {@code "}). A platform's format says which (its {@code quoting:} key).
 */
public enum Quoting {
    RFC4180,
    NONE;

    /**
     * The quote character FastCSV is given: {@code "}, or for no quoting a char that decoded
     * text never holds (a lone low surrogate: the decoders replace an invalid sequence with
     * U+FFFD), as FastCSV 4 has no switch to turn quoting off. Not {@link EndMarkReader#END}.
     */
    char quoteCharacter() {
        return this == RFC4180 ? '"' : '\uDFFE';
    }
}
