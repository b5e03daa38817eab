package shop.atp.cli;

import shop.atp.domain.WhatIf;
import shop.atp.input.DateReader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of --po-date and --po-delay into a {@link WhatIf}, and after the read, the checks
 * only the files can answer: each change names a PO or PO line, and each moved date is a date.
 * Every problem is a command-line error (exit 2) of one line naming the option as given.
 */
final class WhatIfOptions {

    /** As for the policy's day counts: ten years. */
    private static final int MAX_DAYS = 3650;

    private WhatIfOptions() {
    }

    static WhatIf parse(List<String> poDates, List<String> poDelays) {
        List<WhatIf.Change> changes = new ArrayList<>();
        for (String text : poDates) {
            String option = "--po-date " + text;
            String[] parts = split(option, text, "PO=YYYY-MM-DD or PO:SKU=YYYY-MM-DD");
            changes.add(new WhatIf.Change(option, parts[0], date(option, parts[1]), null));
        }
        for (String text : poDelays) {
            String option = "--po-delay " + text;
            String[] parts = split(option, text, "PO=N or PO:SKU=N, N a whole number of days");
            changes.add(new WhatIf.Change(option, parts[0], null, days(option, parts[1])));
        }
        try {
            return new WhatIf(changes);
        } catch (IllegalArgumentException twice) {
            throw new UsageException(twice.getMessage() + "; give each PO or PO line one change");
        }
    }

    /** After the read: a change that named nothing, or a date it could not move, ends the run. */
    static void checkAgainstFiles(WhatIf whatIf) {
        for (WhatIf.Change c : whatIf.unmatched()) {
            String what = c.target().contains(":") ? "no PO " + c.target() + " and no line of PO "
                    + c.target().substring(0, c.target().indexOf(':')) + " with SKU " + c.target().substring(c.target().indexOf(':') + 1)
                    : "no PO " + c.target();
            throw new UsageException(c.option() + ": " + what + " in the purchase orders read");
        }
        for (WhatIf.Moved m : whatIf.moved()) {
            if (m.to() == null) {
                throw new UsageException(m.change().option() + ": the line of " + m.po() + " for " + m.sku()
                        + " has no expected_date to move; give it one with --po-date " + m.po() + ":" + m.sku() + "=YYYY-MM-DD");
            }
            if (!DateReader.inRange(m.to())) {
                throw new UsageException(m.change().option() + ": the line of " + m.po() + " for " + m.sku() + " would be expected "
                        + m.to() + ", which " + DateReader.OUT_OF_RANGE);
            }
        }
    }

    private static String[] split(String option, String text, String expected) {
        int eq = text.lastIndexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new UsageException(option + ": expected " + expected);
        }
        return new String[]{text.substring(0, eq).strip(), text.substring(eq + 1).strip()};
    }

    private static LocalDate date(String option, String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (!DateReader.inRange(date)) {
                throw new UsageException(option + ": '" + text + "' " + DateReader.OUT_OF_RANGE);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new UsageException(option + ": '" + text + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-20");
        }
    }

    private static int days(String option, String text) {
        BigDecimal n;
        try {
            n = new BigDecimal(text);
        } catch (NumberFormatException e) {
            n = null;
        }
        if (n == null || n.stripTrailingZeros().scale() > 0 || !text.matches("[+-]?[0-9]+")) {
            throw new UsageException(option + ": '" + text + "' is not a whole number of days");
        }
        if (n.abs().compareTo(BigDecimal.valueOf(MAX_DAYS)) > 0) {
            throw new UsageException(option + ": '" + text + "' is more than " + MAX_DAYS + " days (ten years)");
        }
        return n.intValueExact();
    }
}
