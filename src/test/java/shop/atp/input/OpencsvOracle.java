package shop.atp.input;

import com.opencsv.ICSVParser;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * The oracle for {@link CsvRecords}: atp's CSV reading as it was before atp split records
 * itself, on opencsv's CSVReader with RFC4180Parser, kept unchanged (but for its name, and
 * for giving {@link CsvRecords.Row}s rather than a copy of that record) so that
 * {@code CsvScannerProperties} can hold the scanner to the same records, line numbers and
 * errors for any input.
 */
final class OpencsvOracle implements Closeable {

    /** A quoted field spanning more lines than this is taken for a missing closing quote. */
    static final int MULTILINE_LIMIT = CsvRecords.MULTILINE_LIMIT;

    private final String file;
    private final CSVReader reader;
    private CsvRecords.Row header;

    private OpencsvOracle(String file, BufferedReader text, char delimiter) {
        this.file = file;
        ICSVParser parser = new RFC4180ParserBuilder().withSeparator(delimiter).build();
        this.reader = new CSVReaderBuilder(text).withCSVParser(parser).withMultilineLimit(MULTILINE_LIMIT).build();
    }

    /**
     * Opens an export. {@code delimiter} null: detected from the header line (the one of
     * {@code , ; tab} that occurs most often outside quotes; a comma when none does).
     */
    static OpencsvOracle open(String file, InputStream in, Character delimiter) {
        try {
            BufferedReader text = new BufferedReader(TextDecoding.open(in), 1 << 16);
            char sep = delimiter != null ? delimiter : detectDelimiter(file, text);
            return new OpencsvOracle(file, text, sep);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file, 0, "cannot be read: " + e.getMessage()));
        }
    }

    private static char detectDelimiter(String file, BufferedReader text) throws IOException {
        text.mark(1 << 20);
        String line;
        do {
            line = text.readLine();
        } while (line != null && line.isBlank());
        text.reset();
        if (line == null) {
            return ',';
        }
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    public String file() {
        return file;
    }

    /** The header row, or null when the file holds no line at all. */
    public CsvRecords.Row header() {
        if (header == null) {
            header = next();
        }
        return header;
    }

    /** The next record that is not a blank line, or null at the end of the file. */
    public CsvRecords.Row next() {
        while (true) {
            long before = reader.getLinesRead();
            String[] cells;
            try {
                cells = reader.readNext();
            } catch (CsvMalformedLineException e) {
                throw new InputException(new InputProblem(file, (int) before + 1,
                        "a quoted field starts on this line and is never closed (a missing \" ?)"));
            } catch (IOException | CsvValidationException e) {
                String message = String.valueOf(e.getMessage()).contains("upper limit")
                        ? "a quoted field starts on this line and runs over more than " + MULTILINE_LIMIT
                        + " lines (a missing \" ?)"
                        : "cannot be read: " + e.getMessage();
                throw new InputException(new InputProblem(file, (int) before + 1, message));
            }
            if (cells == null) {
                return null;
            }
            if (cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            return new CsvRecords.Row((int) before + 1, cells);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
