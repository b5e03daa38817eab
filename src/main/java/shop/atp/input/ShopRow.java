package shop.atp.input;

import java.util.List;

/**
 * One record read into a value for the shop: added when its turn comes, in file order,
 * whichever core read it.
 */
interface ShopRow {

    void addToShop();

    /** A record that is not a valid row: the problems found in it, and its cells for --rejects. */
    record Invalid(int line, List<String> problems, String[] cells) implements ShopRow {
        @Override
        public void addToShop() {
            // nothing: an invalid row adds nothing
        }
    }
}
