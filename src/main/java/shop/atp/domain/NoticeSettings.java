package shop.atp.domain;

/**
 * The policy's {@code notices:} keys: how often a waiting customer hears from the shop, the
 * name and address that sign the messages, and the merchant's own templates (a folder, or
 * null for the built-in ones).
 */
public record NoticeSettings(int updateEveryDays, String shopName, String from, String templates) {

    public static NoticeSettings defaults() {
        return new NoticeSettings(7, "", "", null);
    }
}
