package shop.atp.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InParallelTest {

    @Test
    void resultsComeInTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        assertThat(InParallel.map(items, i -> i * 2)).isEqualTo(items.stream().map(i -> i * 2).toList());
    }

    /**
     * A failure on another core reaches the caller as it was thrown: the fork/join pool
     * re-creates such an exception without its message ("a total is too large to count
     * exactly (null)" instead of "(long overflow)").
     */
    @Test
    void aFailureOnAnotherThreadKeepsItsMessage() {
        Thread caller = Thread.currentThread();
        try {
            InParallel.map(64, i -> {
                sleep();
                if (Thread.currentThread() != caller) {
                    throw new ArithmeticException("long overflow");
                }
                return i;
            });
        } catch (ArithmeticException e) {
            assertThat(e).hasMessage("long overflow");
            return;
        }
        assumeTrue(false, "every item ran on the calling thread (one core?): nothing to check");
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
