package shop.atp.input.csv;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * FastCSV's callback for atp: fills two {@link CsvRow}s in turn, so that the record handed
 * out stays whole while {@link FastCsvRecords} looks at the one after it. A row costs no String per
 * cell and no new object.
 */
final class RowCollector extends CsvCallbackHandler<CsvRow> {

    private final CsvRow[] rows = {new CsvRow(), new CsvRow()};
    private final long linesBefore;
    private int filling;

    /** @param linesBefore lines of the file before the text read here (its second part: see ShopReader) */
    RowCollector(long linesBefore) {
        this.linesBefore = linesBefore;
    }

    @Override
    protected RecordType getRecordType() {
        return RecordType.DATA;
    }

    @Override
    protected int getFieldCount() {
        return rows[filling].size();
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        rows[filling].begin(linesBefore + startingLineNumber);
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
        rows[filling].add(buf, offset, len, quoted);
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
        // comments are off: never called
    }

    @Override
    protected void setEmpty() {
        rows[filling].clear();
    }

    @Override
    protected CsvRow buildRecord() {
        CsvRow built = rows[filling];
        filling ^= 1;
        return built;
    }

    /** The line of the record being read now (when FastCSV fails on it). */
    long lineBeingRead() {
        return rows[filling].line();
    }
}
