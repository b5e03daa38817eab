package shop.atp.input;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Each SKU's chars give back one String and one number (0, 1, 2, … as first named) , whatever their length, however full the table. */
class SkuNamesTest {

    @Test
    void oneStringPerSkuThroughEveryGrowth() {
        SkuNames names = new SkuNames();
        Map<String, String> first = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            String sku = sku(i < 30_000 ? i : random.nextInt(30_000));
            char[] row = ("x," + sku + ",1").toCharArray();
            String name = names.name(row, 2, 2 + sku.length());
            assertThat(name).isEqualTo(sku);
            assertThat(name).isSameAs(first.computeIfAbsent(sku, s -> name));
            int number = names.lastNumber();
            assertThat(number).isEqualTo(numbers.computeIfAbsent(sku, s -> numbers.size()));
            char[] alone = sku.toCharArray();
            assertThat(names.name(alone, 0, alone.length)).isSameAs(name);
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
        assertThat(new SkuNames().name(new char[]{'a'}, 1, 1)).isEmpty();
    }
}
