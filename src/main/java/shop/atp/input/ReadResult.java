package shop.atp.input;

import shop.atp.domain.Shop;

import java.util.List;

/** The shop as read, and the rows left out (only with --skip-invalid; otherwise reading fails). */
public record ReadResult(Shop shop, List<RejectedRow> rejected) {
}
