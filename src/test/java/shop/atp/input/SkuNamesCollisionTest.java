package shop.atp.input;

import org.junit.jupiter.api.Test;
import shop.atp.domain.ShopBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HARDENING R1: SKUs built to share String.hashCode ("Aa" and "BB") must not share a probe
 * chain: the table's hash is seeded per run, so such SKUs spread like any others.
 */
class SkuNamesCollisionTest {

    @Test
    void skusThatShareAStringHashCodeSpreadOverTheTable() {
        SkuNames names = new SkuNames(new ShopBuilder());
        int n = 12;
        for (int bits = 0; bits < 1 << n; bits++) {
            StringBuilder sku = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sku.append((bits >> i & 1) == 0 ? "Aa" : "BB");
            }
            char[] chars = sku.toString().toCharArray();
            names.find(chars, 0, chars.length);
        }
        // 4,096 SKUs, one String.hashCode: with that hash alone the longest probe would be 4,096
        assertThat(names.longestProbe()).isLessThan(512);
    }

    /** Two SKUs longer than a slot holds, of different lengths, with one hash: two SKUs, no crash. */
    @Test
    void longSkusWithOneHashStayTwoSkus() {
        SkuNames names = new SkuNames(new ShopBuilder(), 0);
        char[] shorter = "TOTE-CANVAS-NATURAL-5WF7".toCharArray();
        char[] longer = "TOTE-CANVAS-NATURAL-Q02PLH".toCharArray();
        ShopBuilder.KnownSku a = names.find(shorter, 0, shorter.length);
        ShopBuilder.KnownSku b = names.find(longer, 0, longer.length);
        assertThat(a.sku()).isEqualTo("TOTE-CANVAS-NATURAL-5WF7");
        assertThat(b.sku()).isEqualTo("TOTE-CANVAS-NATURAL-Q02PLH");
        assertThat(names.find(shorter, 0, shorter.length)).isSameAs(a);
    }
}
