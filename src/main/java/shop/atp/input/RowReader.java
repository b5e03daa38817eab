package shop.atp.input;

/**
 * Reads the rows of one kind of export into values for the shop. It finds its columns once
 * per file; a row is then read cell by cell from where the CSV reader holds it.
 */
interface RowReader {

    /**
     * Reads the current row. A valid row is added to the shop (true); an invalid one is not,
     * and its problems are in the {@link RowCells} (false).
     */
    boolean read(int line);
}
