package shop.atp.domain.listings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The platforms `listings` writes a bulk-upload file for (SPEC "Applying the decisions on each
 * platform"), and what each one's file can say: a web shop's file carries a switch (sell when
 * out of stock or not), a marketplace's carries units and a handling time.
 */
public enum Platform {
    SHOPIFY("shopify", true, false, 0),
    WOOCOMMERCE("woocommerce", false, false, 0),
    AMAZON("amazon", false, true, 30),
    EBAY("ebay", true, true, 30);

    private final String word;
    private final boolean needsCurrent;
    private final boolean marketplace;
    private final int maxHandlingDays;

    Platform(String word, boolean needsCurrent, boolean marketplace, int maxHandlingDays) {
        this.word = word;
        this.needsCurrent = needsCurrent;
        this.marketplace = marketplace;
        this.maxHandlingDays = maxHandlingDays;
    }

    public String word() {
        return word;
    }

    /**
     * Whether its file can only name a listing through the platform's own export: Shopify's by
     * handle and option values, eBay's by item number.
     */
    public boolean needsCurrent() {
        return needsCurrent;
    }

    /**
     * Whether its importer replaces a listing whole (a Shopify product, an eBay listing with its
     * variations), so a listing with any change is written with all its rows; else a row per SKU.
     */
    public boolean replacesWholeListings() {
        return this == SHOPIFY || this == EBAY;
    }

    /**
     * Whether it sells on its own channel (amazon, ebay) with units and a handling time in its
     * file; a web shop (shopify, woocommerce) follows the default channel or --channel.
     */
    public boolean marketplace() {
        return marketplace;
    }

    /** The longest handling time its file may carry (Amazon: calendar days; eBay: business days); 0: none. */
    public int maxHandlingDays() {
        return maxHandlingDays;
    }

    /** The platform of a word (any case), or null. */
    public static Platform byWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.word.equals(w)).findFirst().orElse(null);
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Platform::word).toList();
    }
}
