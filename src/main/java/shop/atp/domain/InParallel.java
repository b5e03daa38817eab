package shop.atp.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Work done SKU by SKU on every core. Each SKU's result depends on that SKU alone, and
 * results are handed back in the order of the input, so the output is the same whichever
 * core did what (the determinism tests hold it byte for byte).
 */
final class InParallel {

    /** Enough parts that a few hero SKUs with most of the orders do not leave a core idle. */
    private static final int PARTS = 64;

    private InParallel() {
    }

    /** {@code work} applied to every item, results in the items' order. */
    static <S, T> List<T> map(List<S> items, Function<S, T> work) {
        return map(items.size(), i -> work.apply(items.get(i)));
    }

    /** {@code work} applied to 0 .. count - 1, results in that order. */
    @SuppressWarnings("unchecked")
    static <T> List<T> map(int count, IntFunction<T> work) {
        Object[] out = new Object[count];
        try {
            IntStream.range(0, count).parallel().forEach(i -> out[i] = work.apply(i));
        } catch (RuntimeException e) {
            throw asThrown(e);
        }
        return (List<T>) Arrays.asList(out);
    }

    /**
     * The exception as the work threw it: one thrown on another thread reaches the caller
     * re-created by the fork/join pool, of the same class but without its message, the
     * original as its cause ("too large to count exactly (null)" instead of "(long overflow)").
     */
    private static RuntimeException asThrown(RuntimeException e) {
        Throwable cause = e.getCause();
        return cause instanceof RuntimeException original && original.getClass() == e.getClass() ? original : e;
    }

    /** The items cut into consecutive parts, in order. */
    static <S> List<List<S>> parts(List<S> items) {
        int size = Math.max(1, (items.size() + PARTS - 1) / PARTS);
        List<List<S>> parts = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            parts.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return parts;
    }
}
