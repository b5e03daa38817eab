package shop.atp.input;

/**
 * Reads the rows of one kind of export into values for the shop. It finds its columns once
 * per file; a row is then read cell by cell from where the CSV reader holds it.
 */
interface RowReader {

    /**
     * Reads the current row: the value to add to the shop, or null when the row is invalid
     * (its problems are then in the {@link RowCells}).
     */
    ShopRow read(int line);
}
