package shop.atp.domain.listings;

import java.util.List;
import java.util.Map;

/**
 * A platform's export of its listings as read: the rows, the export's own spelling of each
 * column atp writes back (Shopify's {@code Handle} or {@code URL handle}), and the file's name
 * for messages.
 *
 * @param headers atp's column (listing, title, option1_name, ..., backorders) → the export's header for it
 */
public record CurrentListings(String file, String format, List<Listing> rows, Map<String, String> headers) {

    public CurrentListings {
        rows = List.copyOf(rows);
        headers = Map.copyOf(headers);
    }

    /** The export's header for atp's column, or {@code fallback} when the export has none. */
    public String header(String column, String fallback) {
        return headers.getOrDefault(column, fallback);
    }
}
