package shop.atp.input.csv;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * FastCSV's callback for atp: fills one reusable {@link CsvRow} with each record, so that a
 * row costs no String per cell and no new object.
 */
final class RowCollector extends CsvCallbackHandler<CsvRow> {

    private final CsvRow row = new CsvRow();
    private final long linesBefore;

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
        return row.size();
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        row.begin(linesBefore + startingLineNumber);
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
        row.add(buf, offset, len, quoted);
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
        // comments are off: never called
    }

    @Override
    protected void setEmpty() {
        row.clear();
    }

    @Override
    protected CsvRow buildRecord() {
        return row;
    }

    /** The line of the record being read now (when FastCSV fails on it). */
    long lineBeingRead() {
        return row.line();
    }
}
