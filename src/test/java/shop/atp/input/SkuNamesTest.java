package shop.atp.input;

import org.junit.jupiter.api.Test;
import shop.atp.domain.Shop;
import shop.atp.domain.ShopBuilder;
import shop.atp.domain.SkuFacts;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each SKU's chars give back one SKU as the shop knows it, with one String, whatever their
 * length, however full the table; naming a SKU adds no row to the shop.
 */
class SkuNamesTest {

    @Test
    void oneKnownSkuPerSkuThroughEveryGrowth() {
        SkuNames names = new SkuNames(new ShopBuilder());
        Map<String, ShopBuilder.KnownSku> first = new HashMap<>();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            String sku = sku(i < 30_000 ? i : random.nextInt(30_000));
            char[] row = ("x," + sku + ",1").toCharArray();
            ShopBuilder.KnownSku known = names.find(row, 2, 2 + sku.length());
            assertThat(known.sku()).isEqualTo(sku);
            assertThat(known).isSameAs(first.computeIfAbsent(sku, s -> known));
            char[] alone = sku.toCharArray();
            assertThat(names.find(alone, 0, alone.length)).isSameAs(known);
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
    void aSkuNamedButNeverAddedGetsNoRow() {
        ShopBuilder shop = new ShopBuilder();
        SkuNames names = new SkuNames(shop);
        names.find("GHOST".toCharArray(), 0, 5);
        ShopBuilder.KnownSku real = names.find("REAL".toCharArray(), 0, 4);
        shop.addOnHand(real, 3);
        Shop built = shop.build();
        assertThat(built.skus()).extracting(SkuFacts::sku).containsExactly("REAL");
    }
}
