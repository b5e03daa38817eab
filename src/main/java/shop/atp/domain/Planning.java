package shop.atp.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * The policy's {@code planning:} keys: the demand window, lead time, order cycle, safety days
 * per class, and the fewest order lines a health measure needs. A SKU's overrides under
 * {@code skus:} may change its lead time and safety days.
 */
public record Planning(int windowDays, int leadTimeDays, int orderCycleDays, Map<CoverClass, Integer> safetyDays,
                       int healthMinLines) {

    public Planning {
        safetyDays = Map.copyOf(new EnumMap<>(safetyDays));
    }

    public static Planning defaults() {
        return new Planning(28, 30, 14, Map.of(CoverClass.A, 14, CoverClass.B, 7, CoverClass.C, 3), 20);
    }

    public int safetyDays(CoverClass c) {
        return safetyDays.get(c);
    }

    public Planning withLeadTimeDays(int days) {
        return new Planning(windowDays, days, orderCycleDays, safetyDays, healthMinLines);
    }

    public Planning withSafetyDays(Map<CoverClass, Integer> days) {
        return new Planning(windowDays, leadTimeDays, orderCycleDays, days, healthMinLines);
    }
}
