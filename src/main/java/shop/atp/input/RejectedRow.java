package shop.atp.input;

import java.util.List;

/** A row left out by --skip-invalid: where it was, why, and its cells as read (none unless kept for --rejects). */
public record RejectedRow(String file, int line, List<String> reasons, String[] cells) {
}
