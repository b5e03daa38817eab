package shop.atp.domain;

/** What reading did that a merchant should know; {@code warning} when it could not do what it should. */
public record ReadingNote(String text, boolean warning) {
}
