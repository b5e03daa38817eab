package shop.atp.domain;

/**
 * The policy-health counts of the order lines placed within the planning window (SPEC
 * "Policy health"), as {@link HealthTally} counted them while the rows streamed in.
 */
public record HealthCounts(long backorderLines, long backorderLinesCancelled, long preorderLinesShipped,
                           long preorderLinesOnTime) {

    public HealthMeasure backorderCancellations(int minLines) {
        return new HealthMeasure(HealthMeasure.Kind.BACKORDER_CANCELLATION_RATE, backorderLinesCancelled, backorderLines,
                minLines);
    }

    public HealthMeasure preordersOnTime(int minLines) {
        return new HealthMeasure(HealthMeasure.Kind.PREORDER_ON_TIME_RATE, preorderLinesOnTime, preorderLinesShipped,
                minLines);
    }
}
