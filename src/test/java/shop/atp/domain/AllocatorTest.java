package shop.atp.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AllocatorTest {

    private static List<Piece> pieces(TestShop shop) {
        return ranked(shop).stream().map(RankedPiece::piece).toList();
    }

    private static List<RankedPiece> ranked(TestShop shop) {
        return shop.analyse().allocation().pieces();
    }

    @Test
    void oldestOrderTakesOnHandFirstThenPosInDateOrder() {
        List<RankedPiece> pieces = ranked(new TestShop()
                .onHand("A", 3)
                .po("PO-LATER", "A", 5, "2026-12-10", PoStatus.CONFIRMED)
                .po("PO-SOON", "A", 2, "2026-12-01", PoStatus.CONFIRMED)
                .order("2", "A", 6, "2026-11-02")
                .order("1", "A", 2, "2026-11-01"));
        assertThat(pieces).extracting(RankedPiece::rank, r -> r.piece().order().orderId(), r -> r.piece().source(),
                        r -> r.piece().quantity(), r -> r.piece().promisedDate(), r -> r.piece().state())
                .containsExactly(
                        tuple(1, "1", "on-hand", 2L, LocalDate.of(2026, 11, 24), PieceState.ALLOCATED),
                        tuple(2, "2", "on-hand", 1L, LocalDate.of(2026, 11, 24), PieceState.ALLOCATED),
                        tuple(2, "2", "PO-SOON", 2L, LocalDate.of(2026, 12, 3), PieceState.BACKORDER),
                        tuple(2, "2", "PO-LATER", 3L, LocalDate.of(2026, 12, 12), PieceState.BACKORDER));
    }

    @Test
    void lineBeyondAllSupplyGetsAShortPieceWithoutDate() {
        List<Piece> pieces = pieces(new TestShop().onHand("A", 1).order("1", "A", 4, "2026-11-01"));
        assertThat(pieces).extracting(Piece::source, Piece::quantity, Piece::promisedDate, Piece::state)
                .containsExactly(tuple("on-hand", 1L, LocalDate.of(2026, 11, 24), PieceState.ALLOCATED),
                        tuple("none", 3L, null, PieceState.SHORT));
    }

    @Test
    void latePoStillServesInItsDateOrderButPromisesNoDate() {
        List<Piece> pieces = pieces(new TestShop()
                .po("PO-NEXT", "A", 5, "2026-11-30", PoStatus.CONFIRMED)
                .po("PO-LATE", "A", 2, "2026-11-10", PoStatus.CONFIRMED)
                .order("1", "A", 3, "2026-11-01"));
        assertThat(pieces).extracting(Piece::source, Piece::quantity, Piece::promisedDate)
                .containsExactly(tuple("PO-LATE", 2L, null), tuple("PO-NEXT", 1L, LocalDate.of(2026, 12, 2)));
    }

    @Test
    void posWithUnknownDatesServeLastThenByPoNumberThenFileOrder() {
        List<Piece> pieces = pieces(new TestShop()
                .po("PO-B", "A", 1, null, PoStatus.OPEN)
                .po("PO-A", "A", 1, null, PoStatus.OPEN)
                .po("PO-C", "A", 1, "2026-12-20", PoStatus.OPEN)
                .po("PO-A", "A", 1, null, PoStatus.OPEN)
                .order("1", "A", 4, "2026-11-01"));
        assertThat(pieces).extracting(p -> p.po().poNumber(), p -> p.po().line())
                .containsExactly(tuple("PO-C", 4), tuple("PO-A", 3), tuple("PO-A", 5), tuple("PO-B", 2));
    }

    @Test
    void tiesOnOrderedAtGoByNumericIdsFirstThenTextThenFileOrder() {
        List<Piece> pieces = pieces(new TestShop().onHand("A", 10)
                .order("B-1", "A", 1, "2026-11-01")
                .order("10", "A", 1, "2026-11-01")
                .order("9", "A", 1, "2026-11-01")
                .order("A-1", "A", 1, "2026-11-01")
                .order("9", "A", 1, "2026-11-01"));
        assertThat(pieces).extracting(p -> p.order().orderId(), p -> p.order().line())
                .containsExactly(tuple("9", 4), tuple("9", 6), tuple("10", 3), tuple("A-1", 5), tuple("B-1", 2));
    }

    @Test
    void shippedAndCancelledLinesTakeNothingPartlyShippedTakesTheRest() {
        List<RankedPiece> pieces = ranked(new TestShop().onHand("A", 10)
                .order("1", "A", 5, "2026-11-01", "dtc", OrderStatus.SHIPPED, 5, null)
                .order("2", "A", 5, "2026-11-01", "dtc", OrderStatus.CANCELLED, 0, null)
                .order("3", "A", 5, "2026-11-01", "dtc", OrderStatus.OPEN, 3, null));
        assertThat(pieces).extracting(r -> r.piece().order().orderId(), r -> r.piece().quantity(), RankedPiece::rank)
                .containsExactly(tuple("3", 2L, 1));
    }

    @Test
    void negativeOnHandIsADebtRepaidByTheFirstIncomingUnits() {
        Analysis analysis = new TestShop().onHand("A", -3)
                .po("PO-1", "A", 5, "2026-12-01", PoStatus.CONFIRMED)
                .po("PO-2", "A", 5, "2026-12-05", PoStatus.CONFIRMED)
                .order("1", "A", 4, "2026-11-01").analyse();
        assertThat(analysis.allocation().pieces()).extracting(r -> r.piece().source(), r -> r.piece().quantity())
                .containsExactly(tuple("PO-1", 2L), tuple("PO-2", 2L));
        assertThat(analysis.allocation().of("A").purchaseOrderLines()).extracting(Supply::debtRepaid, Supply::allocated)
                .containsExactly(tuple(3L, 2L), tuple(0L, 2L));
    }

    @Test
    void newProductWithoutPoWaitsOnPlannedProduction() {
        List<Piece> pieces = pieces(new TestShop().newProduct("N", 10, "2027-01-15")
                .order("1", "N", 8, "2026-11-01").order("2", "N", 4, "2026-11-02"));
        assertThat(pieces).extracting(p -> p.order().orderId(), Piece::source, Piece::quantity, Piece::promisedDate, Piece::state)
                .containsExactly(tuple("1", "production", 8L, LocalDate.of(2027, 1, 22), PieceState.PREORDER),
                        tuple("2", "production", 2L, LocalDate.of(2027, 1, 22), PieceState.PREORDER),
                        tuple("2", "none", 2L, null, PieceState.SHORT));
    }

    @Test
    void newProductWithAPoPreordersOnThePoNotOnProduction() {
        List<Piece> pieces = pieces(new TestShop().newProduct("N", 100, "2027-01-15")
                .po("PO-9", "N", 5, "2026-12-10", PoStatus.CONFIRMED)
                .order("1", "N", 6, "2026-11-01"));
        assertThat(pieces).extracting(Piece::source, Piece::quantity, Piece::state)
                .containsExactly(tuple("PO-9", 5L, PieceState.PREORDER), tuple("none", 1L, PieceState.SHORT));
    }

    @Test
    void queueCountsLinesNotWhollyServedFromOnHand() {
        List<Piece> pieces = pieces(new TestShop().onHand("A", 3)
                .po("PO-1", "A", 10, "2026-12-01", PoStatus.CONFIRMED)
                .order("1", "A", 2, "2026-11-01")
                .order("2", "A", 2, "2026-11-02")
                .order("3", "A", 2, "2026-11-03")
                .order("4", "B", 1, "2026-11-03"));
        assertThat(pieces).extracting(p -> p.order().orderId(), Piece::source, Piece::position, Piece::queueSize)
                .containsExactly(tuple("1", "on-hand", null, null),
                        tuple("2", "on-hand", null, null),
                        tuple("2", "PO-1", 1, 2),
                        tuple("3", "PO-1", 2, 2),
                        tuple("4", "none", 1, 1));
    }

    @Test
    void posInStatusesThatBringNothingAreNotSupply() {
        List<Piece> pieces = pieces(new TestShop()
                .po("PO-R", "A", 5, 5, "2026-11-01", PoStatus.RECEIVED)
                .po("PO-X", "A", 5, "2026-12-01", PoStatus.CANCELLED)
                .po("PO-P", "A", 5, 5, "2026-12-01", PoStatus.CONFIRMED)
                .order("1", "A", 1, "2026-11-01"));
        assertThat(pieces).extracting(Piece::source).containsExactly("none");
    }
}
