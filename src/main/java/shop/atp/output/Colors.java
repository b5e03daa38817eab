package shop.atp.output;

import java.util.Map;

/** ANSI colours for status and severity words in a terminal table; nothing else is painted. */
final class Colors {

    private static final String RESET = "\u001b[0m";
    private static final Map<String, String> BY_WORD = Map.of(
            "IN_STOCK", "\u001b[32m",
            "BACKORDER", "\u001b[33m",
            "PREORDER", "\u001b[36m",
            "NOTIFY_ME", "\u001b[35m",
            "OUT_OF_STOCK", "\u001b[31m",
            "SHORT", "\u001b[31m",
            "error", "\u001b[1;31m",
            "warning", "\u001b[33m");

    private Colors() {
    }

    static String paint(String text) {
        String code = BY_WORD.get(text);
        return code == null ? text : code + text + RESET;
    }
}
