package shop.atp.input.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import shop.atp.input.InputException;
import shop.atp.input.InputProblem;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The records FastCSV splits from one export's text, and atp's checks on them: blank lines
 * skipped, a quoted field that runs over {@link CsvRows#MULTILINE_LIMIT} lines or is never
 * closed (seen by the mark {@link EndMarkReader} puts after the text), text after a closing
 * quote, a file that cannot be read; each an {@link InputException} naming the file and the
 * line the record began on.
 */
final class FastCsvRecords implements Closeable {

    static final String NEVER_CLOSED = "a quoted field starts on this line and is never closed (a missing \" ?)";

    private final String file;

    private final RowCollector collector;
    private final CsvReader<CsvRow> reader;
    private final CloseableIterator<CsvRow> records;

    FastCsvRecords(String file, Reader text, char delimiter, Quoting quoting, long linesBefore) {
        this.file = file;
        this.collector = new RowCollector(linesBefore);

        this.reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter(quoting.quoteCharacter())
                .skipEmptyLines(true)
                .trimWhitespacesAroundQuotes(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .build(collector, new EndMarkReader(text));
        this.records = reader.iterator();
    }

    /**
     * The next record that is not a blank line, or null at the end of the text. It stays
     * whole until the next call.
     *
     * @throws InputException when the text cannot be read from here on
     */
    CsvRow next() {
        while (true) {
            if (!hasNext()) {
                return null;
            }
            CsvRow row = records.next();
            if (row.overlong()) {
                throw problem(row.line(), "a quoted field starts on this line and runs over more than "
                        + CsvRows.MULTILINE_LIMIT + " lines (a missing \" ?)");
            }
            if (row.endsWithEndMark()) {
                if (row.isEndMark()) {
                    return null;
                }
                throw problem(row.line(), NEVER_CLOSED);
            }
            if (!row.isBlank()) {
                return row;
            }
        }
    }

    /** Whether a record follows; reads it (into the collector's other row) when not yet read. */
    private boolean hasNext() {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw problem(collector.lineBeingRead(), whyUnreadable(e));
        } catch (UncheckedIOException e) {
            throw problem(collector.lineBeingRead(), "cannot be read: " + e.getCause().getMessage());
        }
    }

    private static String whyUnreadable(CsvParseException e) {
        String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        if (cause != null && cause.startsWith("Unexpected character after closing quote")) {
            return "text follows the closing quote of a quoted field (a quote inside a quoted field is written \"\")";
        }
        if (cause != null && cause.contains("buffer")) {
            return "a field starts on this line and runs over 16 million characters (a missing \" ?)";
        }
        return "cannot be read: " + cause;
    }

    private InputException problem(long line, String message) {
        return new InputException(new InputProblem(file, Math.toIntExact(line), message));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
