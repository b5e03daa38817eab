package shop.atp.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One SKU's days of cover and what to reorder (SPEC "Planning (`cover`)").
 *
 * @param velocity      demand ÷ window_days, rounded half up to 2 decimals for printing
 * @param coverDays     whole days free_on_hand lasts at that velocity; null when velocity is 0
 * @param stockoutDate  as-of + coverDays; null when velocity is 0, or beyond the year 9999
 * @param shortUnits    units of its open order lines that no source serves (state SHORT)
 */
public record Cover(String sku, String title, CoverClass coverClass, long demand, BigDecimal velocity, long onHand,
                    long freeOnHand, long freeIncoming, long shortUnits, Long coverDays, LocalDate stockoutDate,
                    int leadTimeDays, long reorderPoint, long suggestedOrder, CoverAction action) {

    /** Needs the merchant's attention today: ORDER_NOW or ORDER_SOON (the report's section). */
    public boolean needsAction() {
        return action == CoverAction.ORDER_NOW || action == CoverAction.ORDER_SOON;
    }
}
