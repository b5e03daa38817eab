package shop.atp.domain;

import java.time.LocalDate;

/**
 * A row of the optional product catalogue. planned_production and release_date matter for
 * `new`; {@code leadTimeDays} is null when the row leaves it to the policy.
 */
public record Product(String sku, String title, Lifecycle lifecycle, long plannedProduction, LocalDate releaseDate,
                      Integer leadTimeDays) {

    public Product(String sku, String title, Lifecycle lifecycle, long plannedProduction, LocalDate releaseDate) {
        this(sku, title, lifecycle, plannedProduction, releaseDate, null);
    }

    public boolean isNew() {
        return lifecycle == Lifecycle.NEW;
    }
}
