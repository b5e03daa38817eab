package shop.atp.domain;

import java.time.LocalDate;

/**
 * One open order at the packing table (SPEC "orders"): its lines that still need stock, how
 * many of their units are on hand, its state and what to do.
 *
 * @param shipCompleteBy the latest promise of its lines; null when any line has none
 */
public record OpenOrder(String orderId, String channel, String customer, int lines, long units, long unitsOnHand,
                        OrderState state, LocalDate shipCompleteBy, String advice) {
}
