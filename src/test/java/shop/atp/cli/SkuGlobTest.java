package shop.atp.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** --sku globs: what each form matches, and no pattern that makes matching take forever (HARDENING R3). */
class SkuGlobTest {

    private static boolean matches(String glob, String sku) {
        return SkuGlob.of(glob).test(sku);
    }

    @Test
    void eachFormMatchesWhatTheReadmeSays() {
        assertThat(matches("TEE-*", "TEE-BLK-M")).isTrue();
        assertThat(matches("TEE-*", "MUG-1")).isFalse();
        assertThat(matches("*-M", "TEE-BLK-M")).isTrue();
        assertThat(matches("TEE-???-M", "TEE-BLK-M")).isTrue();
        assertThat(matches("TEE-??-M", "TEE-BLK-M")).isFalse();
        assertThat(matches("TEE-[BW]*", "TEE-WHT-S")).isTrue();
        assertThat(matches("TEE-[!BW]*", "TEE-WHT-S")).isFalse();
        assertThat(matches("SKU-[0-4]", "SKU-3")).isTrue();
        assertThat(matches("SKU-[0-4]", "SKU-7")).isFalse();
        assertThat(matches("A.B", "A.B")).isTrue();
        assertThat(matches("A.B", "AxB")).isFalse();
        assertThat(matches("[]", "[]")).isTrue();
        assertThat(matches("a[", "a[")).isTrue();
        assertThat(matches("*", "")).isTrue();
        assertThat(matches("tee-*", "TEE-1")).isFalse();
    }

    @Test
    void aReversedRangeIsABadPattern() {
        assertThatThrownBy(() -> SkuGlob.of("[z-a]")).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--sku [z-a] is not a valid pattern");
    }

    /** HARDENING C1: a range of a letter to a sign means nothing clear; a '-' first or last is itself. */
    @Test
    void aRangeToASignIsABadPatternButADashAtAnEndIsItself() {
        assertThatThrownBy(() -> SkuGlob.of("[a-&]")).isInstanceOf(UsageException.class)
                .hasMessage("--sku [a-&] is not a valid pattern (the range a-& does not join two digits, two lower-case or two "
                        + "upper-case letters, as in [0-9], [a-c] or [A-C]; a - first or last is the character itself)");
        assertThatThrownBy(() -> SkuGlob.of("[9-a]")).isInstanceOf(UsageException.class).hasMessageContaining("the range 9-a");
        assertThatThrownBy(() -> SkuGlob.of("[A-z]")).isInstanceOf(UsageException.class).hasMessageContaining("the range A-z");
        assertThat(matches("[--z]", "-")).isTrue();
        assertThat(matches("[--z]", "z")).isTrue();
        assertThat(matches("TEE[-_]1", "TEE-1")).isTrue();
        assertThat(matches("TEE[_-]1", "TEE-1")).isTrue();
        assertThat(matches("TEE[!-]1", "TEE_1")).isTrue();
    }

    @Test
    void manyStarsMatchInLinearTime() {
        Predicate<String> glob = SkuGlob.of("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
        String sku = "a".repeat(2_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(glob.test(sku)).isFalse());
    }
}
