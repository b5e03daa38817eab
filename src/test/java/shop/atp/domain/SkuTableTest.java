package shop.atp.domain;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Each SKU's chars give back one String (the one kept by text too), whatever their length, however full the table. */
class SkuTableTest {

    @Test
    void oneStringPerSkuThroughEveryGrowth() {
        ShopBuilder names = new ShopBuilder();
        Map<String, String> first = new HashMap<>();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            String sku = sku(i < 30_000 ? i : random.nextInt(30_000));
            char[] row = ("x," + sku + ",1").toCharArray();
            String name = names.sku(row, 2, 2 + sku.length());
            assertThat(name).isEqualTo(sku);
            assertThat(name).isSameAs(first.computeIfAbsent(sku, s -> name));
            assertThat(names.sku(sku)).isSameAs(name);
        }
        assertThat(first.size()).isEqualTo(30_000);
    }

    /** Short and long SKUs (longer than a slot holds), many differing only in their last chars. */
    private static String sku(int n) {
        return switch (n % 4) {
            case 0 -> "TEE-" + n;
            case 1 -> "A" + n;
            case 2 -> "LONG-SKU-NAME-OF-MANY-CHARS-" + n;
            default -> "ÄÖ-" + n + "-\uFFFD";
        };
    }

    @Test
    void anEmptyCellIsTheEmptyText() {
        assertThat(new ShopBuilder().sku(new char[]{'a'}, 1, 1)).isEmpty();
    }
}
