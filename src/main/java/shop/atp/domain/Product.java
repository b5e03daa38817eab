package shop.atp.domain;

import java.time.LocalDate;

/** A row of the optional product catalogue. planned_production and release_date matter for `new`. */
public record Product(String sku, String title, Lifecycle lifecycle, long plannedProduction, LocalDate releaseDate) {

    public boolean isNew() {
        return lifecycle == Lifecycle.NEW;
    }
}
