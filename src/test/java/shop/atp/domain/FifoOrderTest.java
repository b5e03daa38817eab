package shop.atp.domain;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

class FifoOrderTest {

    private static final Gen<String> DIGITS = strings().betweenCodePoints('0', '9').ofLengthBetween(1, 25);

    @Test
    void idsOfDigitsSortByValueBeforeOtherIds() {
        assertThat(FifoOrder.compareOrderIds("9", "10")).isNegative();
        assertThat(FifoOrder.compareOrderIds("1002", "999")).isPositive();
        assertThat(FifoOrder.compareOrderIds("999", "#1001")).isNegative();
        assertThat(FifoOrder.compareOrderIds("#1001", "#1002")).isNegative();
        assertThat(FifoOrder.compareOrderIds("113-1", "113-1")).isZero();
    }

    /** SPEC: ids of digits "by numeric value … then file order": leading zeros do not count. */
    @Test
    void leadingZerosDoNotCountAndFileOrderDecides() {
        assertThat(FifoOrder.compareOrderIds("007", "8")).isNegative();
        assertThat(FifoOrder.compareOrderIds("007", "7")).isZero();
        assertThat(FifoOrder.compareOrderIds("7", "007")).isZero();
        assertThat(FifoOrder.compareOrderIds("0", "000")).isZero();
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        OrderLine ten = new OrderLine("10", "A", 1, at, "dtc", OrderStatus.OPEN, 0, null, 2);
        OrderLine zeroTen = new OrderLine("010", "A", 1, at, "dtc", OrderStatus.OPEN, 0, null, 3);
        OrderLine zeroZeroTen = new OrderLine("0010", "A", 1, at, "dtc", OrderStatus.OPEN, 0, null, 4);
        List<OrderLine> lines = new java.util.ArrayList<>(List.of(zeroZeroTen, zeroTen, ten));
        lines.sort(FifoOrder.LINES);
        assertThat(lines).containsExactly(ten, zeroTen, zeroZeroTen);
    }

    /** Ids of digits: by value; equal values tie (file order then decides). */
    @Test
    void digitsCompareByValue() {
        qt().withFixedSeed(20261130L).withExamples(2000).forAll(DIGITS, DIGITS).checkAssert((a, b) -> {
            int byValue = new BigInteger(a).compareTo(new BigInteger(b));
            int expected = byValue;
            assertThat(Integer.signum(FifoOrder.compareOrderIds(a, b))).isEqualTo(Integer.signum(expected));
        });
    }

    /**
     * Sorting by whole seconds first, then each second's run by the full order, gives the
     * order the comparator gives: fractions, equal times and ids, long runs of one second,
     * and dates further apart than the whole-second key holds.
     */
    @Test
    void sortedGivesTheComparatorsOrder() {
        Gen<List<OrderLine>> shops = integers().between(0, 400).zip(integers().between(0, 3), (size, spread) -> size * 10 + spread)
                .flatMap(sizeAndSpread -> lists().of(line(sizeAndSpread % 10)).ofSizeBetween(0, sizeAndSpread / 10));
        qt().withFixedSeed(20261201L).withExamples(300).forAll(shops).checkAssert(lines -> {
            OrderLine[] array = new OrderLine[lines.size()];
            for (int i = 0; i < array.length; i++) {
                OrderLine l = lines.get(i);
                array[i] = new OrderLine(l.orderId(), l.sku(), l.quantity(), l.orderedAt(), l.channel(), l.status(),
                        l.shipped(), l.promisedDate(), i + 2);
            }
            List<OrderLine> expected = new ArrayList<>(Arrays.asList(array));
            expected.sort(FifoOrder.LINES);
            int[] order = FifoOrder.sorted(array);
            List<OrderLine> actual = new ArrayList<>();
            for (int i : order) {
                actual.add(array[i]);
            }
            assertThat(actual).isEqualTo(expected);
        });
    }

    /** Spread 0: one second (one long run); 1: a few seconds; 2: a year; 3: centuries apart. */
    private static Gen<OrderLine> line(int spread) {
        long range = switch (spread) {
            case 0 -> 0;
            case 1 -> 5;
            case 2 -> 366L * 86_400;
            default -> 300L * 366 * 86_400;
        };
        Gen<Instant> at = longs().between(0, range).zip(integers().between(0, 3),
                (s, nanos) -> Instant.ofEpochSecond(1_700_000_000L - range / 2 + s, nanos * 250_000_000L));
        Gen<String> id = arbitrary().pick(List.of("1001", "1002", "999", "#1001", "0999", "A-7"));
        return at.zip(id, (t, i) -> new OrderLine(i, "SKU", 1, t, "dtc", OrderStatus.OPEN, 0, null, 0));
    }
}
