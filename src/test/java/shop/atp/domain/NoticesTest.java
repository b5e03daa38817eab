package shop.atp.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC "Customer notices": each kind firing and not firing at its boundary. As of 2026-11-24. */
class NoticesTest {

    private static final LocalDate AS_OF = TestShop.AS_OF;
    private static final LocalDate YESTERDAY = AS_OF.minusDays(1);

    private static List<DueNotice> due(TestShop shop, NoticeLog log, LocalDate since) {
        return Notices.due(shop.analyse(), log, since);
    }

    private static List<DueNotice> due(TestShop shop) {
        return due(shop, NoticeLog.NONE, YESTERDAY);
    }

    /** A backorder on PO-1 (confirmed, 2026-12-01: promised 2026-12-03), ordered on {@code day}. */
    private static TestShop waitingSince(String day) {
        return new TestShop().onHand("A", 0).po("PO-1", "A", 10, "2026-12-01", PoStatus.CONFIRMED)
                .order("1", "A", 1, day);
    }

    private static NoticeLog sent(String day, String shipBy) {
        return new NoticeLog(List.of(new NoticeLog.Entry("1", NoticeKind.CONFIRMATION, LocalDate.parse(day),
                shipBy == null ? null : LocalDate.parse(shipBy))));
    }

    @Test
    void aNewWaitingOrderOfYesterdayIsConfirmedAndOneOfTodayOrTheDayBeforeIsNot() {
        assertThat(due(waitingSince("2026-11-23T23:59:00Z"))).extracting(DueNotice::kind).containsExactly(NoticeKind.CONFIRMATION);
        assertThat(due(waitingSince("2026-11-24T00:00:00Z"))).isEmpty();
        assertThat(due(waitingSince("2026-11-22T12:00:00Z"))).isEmpty();
        assertThat(due(waitingSince("2026-11-22T12:00:00Z"), NoticeLog.NONE, LocalDate.of(2026, 11, 22)))
                .extracting(DueNotice::kind).containsExactly(NoticeKind.CONFIRMATION);
    }

    @Test
    void withoutALogAnUpdateFallsDueEveryWholePeriodAfterTheOrder() {
        assertThat(due(waitingSince("2026-11-17"))).extracting(DueNotice::kind).containsExactly(NoticeKind.UPDATE);
        assertThat(due(waitingSince("2026-11-18"))).as("day 6").isEmpty();
        assertThat(due(waitingSince("2026-11-10"))).as("day 14").extracting(DueNotice::kind).containsExactly(NoticeKind.UPDATE);
        assertThat(due(waitingSince("2026-11-11"))).as("day 13").isEmpty();
        // a run that missed two days catches up: day 7 fell in (since, as-of]
        assertThat(due(waitingSince("2026-11-15"), NoticeLog.NONE, LocalDate.of(2026, 11, 21)))
                .extracting(DueNotice::kind).containsExactly(NoticeKind.UPDATE);
    }

    @Test
    void withALogAnUpdateFallsDueSevenDaysAfterTheLastMessage() {
        TestShop shop = waitingSince("2026-11-01");
        assertThat(due(shop, sent("2026-11-17", "2026-12-03"), YESTERDAY)).extracting(DueNotice::kind)
                .containsExactly(NoticeKind.UPDATE);
        assertThat(due(shop, sent("2026-11-18", "2026-12-03"), YESTERDAY)).as("6 days").isEmpty();
        assertThat(due(shop, sent("2026-11-24", "2026-12-03"), YESTERDAY)).as("sent today: nothing twice").isEmpty();
    }

    @Test
    void aLaterPromiseThanTheLogToldIsADelayAndTheSameIsNot() {
        TestShop shop = waitingSince("2026-11-20");
        DueNotice delay = due(shop, sent("2026-11-21", "2026-12-01"), YESTERDAY).get(0);
        assertThat(delay.kind()).isEqualTo(NoticeKind.DELAY);
        assertThat(delay.lastTold()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(delay.shipBy()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(due(shop, sent("2026-11-21", "2026-12-03"), YESTERDAY)).isEmpty();
    }

    @Test
    void withoutALogThePromisedDateIsWhatTheCustomerWasTold() {
        TestShop told = new TestShop().onHand("A", 0).po("PO-1", "A", 10, "2026-12-01", PoStatus.CONFIRMED)
                .order("1", "A", 1, "2026-11-20", "dtc", OrderStatus.OPEN, 0, "2026-11-30");
        assertThat(due(told)).extracting(DueNotice::kind).containsExactly(NoticeKind.DELAY);
        TestShop sameDate = new TestShop().onHand("A", 0).po("PO-1", "A", 10, "2026-12-01", PoStatus.CONFIRMED)
                .order("1", "A", 1, "2026-11-20", "dtc", OrderStatus.OPEN, 0, "2026-12-03");
        assertThat(due(sameDate)).isEmpty();
    }

    @Test
    void aLineThatLostItsDateIsADelayAfterADateWasTold() {
        TestShop shop = new TestShop().onHand("A", 0).po("PO-1", "A", 10, "2026-11-20", PoStatus.CONFIRMED)
                .order("1", "A", 1, "2026-11-10", "dtc", OrderStatus.OPEN, 0, "2026-11-22");
        DueNotice n = due(shop).get(0);
        assertThat(n.kind()).isEqualTo(NoticeKind.DELAY);
        assertThat(n.shipBy()).isNull();
        assertThat(n.lines().get(0).promised()).isNull();
        assertThat(n.lines().get(0).stock()).isEqualTo(DueNotice.Stock.AWAITING_CONFIRMATION);
    }

    @Test
    void anOrderOfSeveralWaitingLinesGetsOneMessageListingEach() {
        TestShop shop = new TestShop().onHand("A", 1).onHand("B", 0).onHand("C", 0)
                .po("PO-1", "B", 10, "2026-12-01", PoStatus.IN_TRANSIT)
                .order("1", "A", 2, "2026-11-23").order("1", "B", 1, "2026-11-23").order("1", "C", 1, "2026-11-23");
        List<DueNotice> due = due(shop);
        assertThat(due).hasSize(1);
        DueNotice n = due.get(0);
        assertThat(n.kind()).isEqualTo(NoticeKind.CONFIRMATION);
        assertThat(n.lines()).extracting(DueNotice.WaitingLine::sku, DueNotice.WaitingLine::units)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 1L), org.assertj.core.groups.Tuple.tuple("B", 1L),
                        org.assertj.core.groups.Tuple.tuple("C", 1L));
        assertThat(n.lines().get(1).stock()).isEqualTo(DueNotice.Stock.IN_TRANSIT);
        assertThat(n.lines().get(1).arrival()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(n.lines().get(2).promised()).as("SHORT: no date yet").isNull();
        assertThat(n.shipBy()).as("a line without a date leaves the order without one").isNull();
        assertThat(n.position()).isEqualTo(1);
    }

    @Test
    void aPreorderWaitsOnProduction() {
        TestShop shop = new TestShop().newProduct("N", 100, "2026-12-20").order("1", "N", 2, "2026-11-23");
        DueNotice n = due(shop).get(0);
        assertThat(n.anyPreorder()).isTrue();
        assertThat(n.lines().get(0).stock()).isEqualTo(DueNotice.Stock.IN_PRODUCTION);
        assertThat(n.lines().get(0).arrival()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(n.shipBy()).isEqualTo(LocalDate.of(2026, 12, 27));
    }

    @Test
    void marketplaceOrdersAndOrdersServedFromStockGetNothing() {
        TestShop shop = new TestShop().onHand("A", 1).onHand("B", 0).po("PO-1", "B", 10, "2026-12-01", PoStatus.CONFIRMED)
                .order("1", "A", 1, "2026-11-23").order("2", "B", 1, "2026-11-23", "amazon");
        assertThat(due(shop)).isEmpty();
    }

    @Test
    void anOrderWithAMarketplaceLineTellsOnlyOfItsOwnChannelsLines() {
        TestShop shop = new TestShop().onHand("A", 0).onHand("B", 0)
                .po("PO-1", "A", 10, "2026-12-01", PoStatus.CONFIRMED).po("PO-1", "B", 10, "2026-12-01", PoStatus.CONFIRMED)
                .order("1", "A", 1, "2026-11-23T08:00:00Z", "amazon").order("1", "B", 1, "2026-11-23T09:00:00Z", "dtc");
        DueNotice n = due(shop).get(0);
        assertThat(n.channel()).isEqualTo("dtc");
        assertThat(n.lines()).extracting(DueNotice.WaitingLine::sku).containsExactly("B");
    }
}
