package shop.atp.input.csv;

import java.io.Closeable;

/** Where {@link CsvRows} takes its records from: FastCSV on this thread, or on another. */
interface Records extends Closeable {

    /**
     * The next record that is not a blank line, or null at the end of the text. It stays
     * whole until the call after the next one.
     *
     * @throws shop.atp.input.InputException when the text cannot be read from here on
     */
    CsvRow next();
}
