package shop.atp.domain;

/** A piece with its order line's rank: the line's place in the FIFO order of all open lines, from 1. */
public record RankedPiece(int rank, Piece piece) {
}
