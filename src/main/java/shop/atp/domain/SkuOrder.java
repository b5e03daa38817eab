package shop.atp.domain;

import java.util.List;
import java.util.function.Function;

/**
 * Looks a SKU up in a list kept in SKU order (the shop's SKUs, their allocations, their
 * pictures): the list is its own index, so no map by SKU is built or kept beside it.
 */
final class SkuOrder {

    private SkuOrder() {
    }

    /** The item of {@code sku} in {@code items}, sorted by {@code skuOf}; null when there is none. */
    static <T> T find(List<T> items, Function<T, String> skuOf, String sku) {
        int low = 0;
        int high = items.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            T item = items.get(middle);
            int c = skuOf.apply(item).compareTo(sku);
            if (c == 0) {
                return item;
            }
            if (c < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return null;
    }
}
