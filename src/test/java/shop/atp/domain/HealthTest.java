package shop.atp.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC "Policy health": what was a backorder or a preorder, the two rates at their thresholds, and too few lines. */
class HealthTest {

    private static final LocalDate AS_OF = TestShop.AS_OF;

    private static OrderLine line(OrderStatus status, String promised) {
        return new OrderLine("1", "A", 1, AS_OF.minusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC), "dtc", status,
                status == OrderStatus.SHIPPED ? 1 : 0, promised == null ? null : LocalDate.parse(promised), 2);
    }

    private static HealthTally tally() {
        return new HealthTally();
    }

    /** {@code n} lines of the tally, each counted with 2 fulfillment days. */
    private static void add(HealthTally t, int n, OrderLine line, String tags, String shippedAt) {
        for (int i = 0; i < n; i++) {
            t.count(line, tags, shippedAt == null ? null : LocalDate.parse(shippedAt), 2, ZoneOffset.UTC);
        }
    }

    @Test
    void fifteenPercentExactlyIsNoAlarmAndAboveIs() {
        HealthTally t = tally();
        add(t, 3, line(OrderStatus.CANCELLED, null), "backorder", null);
        add(t, 17, line(OrderStatus.OPEN, null), "Backorder, vip", null);
        HealthMeasure at = t.counts().backorderCancellations(20);
        assertThat(at.numerator()).isEqualTo(3);
        assertThat(at.denominator()).isEqualTo(20);
        assertThat(at.percent()).isEqualByComparingTo("15.0");
        assertThat(at.alarm()).isFalse();
        assertThat(at.status()).isEqualTo("ok");
        add(t, 1, line(OrderStatus.CANCELLED, null), "backorder", null);
        HealthMeasure above = t.counts().backorderCancellations(20);
        assertThat(above.percent().toPlainString()).isEqualTo("19.0");
        assertThat(above.alarm()).isTrue();
        assertThat(above.status()).isEqualTo("alarm");
    }

    @Test
    void ninetyPercentOnTimeExactlyIsNoAlarmAndBelowIs() {
        HealthTally t = tally();
        add(t, 18, line(OrderStatus.SHIPPED, "2026-11-20"), "preorder", "2026-11-20");
        add(t, 2, line(OrderStatus.SHIPPED, "2026-11-20"), "preorder", "2026-11-21");
        HealthMeasure at = t.counts().preordersOnTime(20);
        assertThat(at.numerator()).isEqualTo(18);
        assertThat(at.denominator()).isEqualTo(20);
        assertThat(at.percent()).isEqualByComparingTo("90.0");
        assertThat(at.alarm()).isFalse();
        add(t, 1, line(OrderStatus.SHIPPED, "2026-11-20"), "preorder", "2026-11-22");
        HealthMeasure below = t.counts().preordersOnTime(20);
        assertThat(below.percent().toPlainString()).isEqualTo("85.7");
        assertThat(below.alarm()).isTrue();
    }

    @Test
    void belowTheMinimumLinesThereIsNotEnoughDataAndNoAlarm() {
        HealthTally t = tally();
        add(t, 19, line(OrderStatus.CANCELLED, null), "backorder", null);
        HealthMeasure m = t.counts().backorderCancellations(20);
        assertThat(m.denominator()).isEqualTo(19);
        assertThat(m.enoughData()).isFalse();
        assertThat(m.percent()).isNull();
        assertThat(m.alarm()).isFalse();
        assertThat(m.status()).isEqualTo("not enough data");
        assertThat(tally().counts().preordersOnTime(0).status()).as("no lines at all").isEqualTo("not enough data");
    }

    @Test
    void tagsDecideFirstThenThePromisedDateBeyondFulfillmentDays() {
        HealthTally t = tally();
        // ordered 2026-11-14, 2 fulfillment days: a promise after 2026-11-16 was a backorder
        add(t, 1, line(OrderStatus.OPEN, "2026-11-17"), "", null);
        add(t, 1, line(OrderStatus.OPEN, "2026-11-16"), "", null);
        add(t, 1, line(OrderStatus.OPEN, "2026-12-20"), "preorder", null);
        add(t, 1, line(OrderStatus.OPEN, null), " BACKORDER ", null);
        add(t, 1, line(OrderStatus.OPEN, null), "backordered", null);
        assertThat(t.counts().backorderLines()).isEqualTo(2);
    }

    @Test
    void onlyShippedPreorderLinesWithBothDatesCountForOnTime() {
        HealthTally t = tally();
        add(t, 1, line(OrderStatus.SHIPPED, "2026-11-20"), "preorder", null);
        add(t, 1, line(OrderStatus.SHIPPED, null), "preorder", "2026-11-20");
        add(t, 1, line(OrderStatus.OPEN, "2026-11-20"), "preorder", "2026-11-20");
        add(t, 1, line(OrderStatus.SHIPPED, "2026-11-20"), "preorder", "2026-11-19");
        assertThat(t.counts().preorderLinesShipped()).isEqualTo(1);
        assertThat(t.counts().preorderLinesOnTime()).isEqualTo(1);
    }

    @Test
    void onlyLinesOfTheWindowAreCountedAndTheFindingsFireWithEnoughData() {
        TestShop shop = new TestShop().onHand("A", 0);
        Policy policy = Policy.defaults();
        for (int i = 0; i < 20; i++) {
            shop.order("C" + i, "A", 1, "2026-11-10", "dtc", i < 4 ? OrderStatus.CANCELLED : OrderStatus.SHIPPED,
                    i < 4 ? 0 : 1, "2026-11-30");
        }
        shop.order("OLD", "A", 1, "2026-09-01", "dtc", OrderStatus.CANCELLED, 0, "2026-09-30");
        Analysis analysis = shop.analyse(policy);
        List<HealthMeasure> health = analysis.health();
        assertThat(health.get(0).numerator()).isEqualTo(4);
        assertThat(health.get(0).denominator()).isEqualTo(20);
        assertThat(analysis.findings()).extracting(Finding::code, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FindingCode.BACKORDER_CANCELLATIONS_HIGH,
                        "4 of 20 backordered lines cancelled (20.0%) in the last 28 days; the playbook's alarm is above 15%"));
    }

    @Test
    void anAlarmNeverPrintsAsItsThreshold() {
        // 38 of 253 = 15.02 %: above 15 %, and shown so
        HealthMeasure above = new HealthMeasure(HealthMeasure.Kind.BACKORDER_CANCELLATION_RATE, 38, 253, 20);
        assertThat(above.alarm()).isTrue();
        assertThat(above.percent().toPlainString()).isEqualTo("15.1");
        // 2248 of 2498 = 89.99 %: below 90 %
        HealthMeasure below = new HealthMeasure(HealthMeasure.Kind.PREORDER_ON_TIME_RATE, 2248, 2498, 20);
        assertThat(below.alarm()).isTrue();
        assertThat(below.percent().toPlainString()).isEqualTo("89.9");
        // 14.98 % is no alarm, and may print as 15.0
        assertThat(new HealthMeasure(HealthMeasure.Kind.BACKORDER_CANCELLATION_RATE, 749, 5000, 20).percent().toPlainString())
                .isEqualTo("15.0");
    }
}
