package shop.atp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A SKU's projected stock on hand for the next days: today's on hand, plus each PO arrival on
 * its expected date and a new product's planned production on its release date, minus each
 * allocated piece on its promised ship date. Late and dateless
 * lines have no day to arrive on and are left out, as are SHORT pieces, which never ship; a
 * promise already past ships today.
 */
public record StockProjection(String sku, int days, List<Long> levels, List<Event> events) {

    /** A change on one day: an arrival (positive) or a shipment (negative). */
    public record Event(int day, long units, String label) {
    }

    public static StockProjection of(SkuPicture sku, int days) {
        LocalDate asOf = sku.asOf();
        TreeMap<Integer, Long> change = new TreeMap<>();
        List<Event> events = new ArrayList<>();
        for (Supply s : sku.allocation().incoming()) {
            boolean po = s.kind() == SourceKind.PURCHASE_ORDER;
            if (s.arrival() != null && (po ? !s.po().isLate(asOf) : s.kind() == SourceKind.PRODUCTION)) {
                long day = Math.max(0, po ? s.po().daysFrom(asOf) : java.time.temporal.ChronoUnit.DAYS.between(asOf, s.arrival()));
                if (day <= days) {
                    change.merge((int) day, s.capacity(), Math::addExact);
                    events.add(new Event((int) day, s.capacity(), s.label()));
                }
            }
        }
        TreeMap<Integer, Long> shipped = new TreeMap<>();
        for (Piece p : sku.allocation().pieces()) {
            if (p.promisedDate() != null && p.state() != PieceState.SHORT) {
                // a promise already past is due now: it ships today, not on a day before the chart
                long day = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(asOf, p.promisedDate()));
                if (day <= days) {
                    change.merge((int) day, -p.quantity(), Math::addExact);
                    shipped.merge((int) day, p.quantity(), Math::addExact);
                }
            }
        }
        shipped.forEach((day, units) -> events.add(new Event(day, -units, "ships " + units)));
        List<Long> levels = new ArrayList<>(days + 1);
        long level = sku.quantities().onHand();
        for (int d = 0; d <= days; d++) {
            level = Math.addExact(level, change.getOrDefault(d, 0L));
            levels.add(level);
        }
        events.sort((a, b) -> Integer.compare(a.day(), b.day()));
        return new StockProjection(sku.sku(), days, levels, events);
    }
}
