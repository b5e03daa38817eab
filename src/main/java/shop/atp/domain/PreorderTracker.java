package shop.atp.domain;

import java.time.LocalDate;

/** The preorder tracker of one new product: its production run, cap, and what is left to sell. */
public record PreorderTracker(String sku, String title, long plannedProduction, Percent cap, long preorderLimit,
                              long preordered, LocalDate releaseDate, LocalDate shipDate) {

    public long remaining() {
        return Math.max(0, preorderLimit - preordered);
    }

    public boolean capReached() {
        return preordered >= preorderLimit;
    }

    public String status() {
        return capReached() ? "CAP REACHED — NOTIFY ME" : "ACCEPTING PREORDERS (" + remaining() + " remaining)";
    }

    static PreorderTracker of(SkuPicture sku) {
        Product p = sku.product();
        return new PreorderTracker(sku.sku(), p.title(), p.plannedProduction(), sku.rules().preorderCap(),
                sku.preorderLimit(), sku.preordered(), p.releaseDate(),
                p.releaseDate().plusDays(sku.rules().shipAfterDays()));
    }
}
