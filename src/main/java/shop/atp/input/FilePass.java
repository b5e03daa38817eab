package shop.atp.input;

import shop.atp.domain.ShopBuilder;
import shop.atp.input.csv.CsvRow;
import shop.atp.input.csv.CsvRows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One read over a file, or a part of a file cut in two, into a shop: each record checked
 * (text that is not valid, field counts), taken through its platform format's row shape when
 * it has one (rows that are not data skipped with their reason), and read by the reader of
 * the file's kind; its problems, rejected rows and counts kept here.
 */
final class FilePass {

    static final String NOT_UTF8 = "holds bytes that are not UTF-8 text; save the file as UTF-8";

    private static final String[] NO_CELLS = {};

    /** At most this many cells: a row short of the header's cells that may still be a report's footer. */
    private static final int FOOTER_CELLS = 3;

    final InputFile file;
    final HeaderMap columns;
    final ShopBuilder into;
    final RowCells cells;
    final RowReader rows;
    final List<InputProblem> problems = new ArrayList<>();
    final List<RejectedRow> rejected = new ArrayList<>();
    final List<Integer> rejectedLines = new ArrayList<>();
    /** Rows the format says are not data, by reason. */
    final Map<String, Long> skipped = new java.util.LinkedHashMap<>();
    /** The file's platform format bound to its header, or null for atp's own. */
    final FormatBinding binding;
    /** The row a platform's record becomes in atp's columns (reused). */
    final CsvRow translated = new CsvRow();
    final List<String> wordProblems = new ArrayList<>();
    long read;
    /** Why the file could not be read on from where this pass stopped, or null: read to its end. */
    InputException stopped;
    /** Whether a rejected row keeps its cells (for --rejects). */
    private final boolean keepRejectedCells;

    FilePass(InputFile file, HeaderMap columns, FormatBinding binding, ShopBuilder into, RowCells cells, RowReader rows,
             boolean keepRejectedCells) {
        this.file = file;
        this.columns = columns;
        this.binding = binding;
        this.into = into;
        this.cells = cells;
        this.rows = rows;
        this.keepRejectedCells = keepRejectedCells;
    }

    /** Takes in the problems, rejected rows and count of {@code later}, a pass over the rows after this one's. */
    void takeIn(FilePass later) {
        problems.addAll(later.problems);
        rejected.addAll(later.rejected);
        rejectedLines.addAll(later.rejectedLines);
        later.skipped.forEach((reason, n) -> skipped.merge(reason, n, Long::sum));
        read += later.read;
    }

    /** Reads the rest of a file from {@code text}, after {@code linesBefore} lines; stopped where the file cannot be read on. */
    FilePass readOn(InputStream text, char delimiter, long linesBefore) {
        try (CsvRows rest = CsvRows.continuing(file.name(), text, delimiter, linesBefore)) {
            readRows(rest);
        } catch (InputException e) {
            stopped = e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    void readRows(CsvRows records) {
        while (records.advance()) {
            read++;
            CsvRow record = records.current();
            String skip = binding == null ? null : skipReason(record);
            if (skip != null) {
                skipped.merge(skip, 1L, Long::sum);
                continue;
            }
            if (!readRow(record)) {
                for (String problem : cells.problems()) {
                    problems.add(new InputProblem(file.name(), record.line(), problem));
                }
                rejected.add(new RejectedRow(file.name(), record.line(), List.copyOf(cells.problems()),
                        keepRejectedCells ? record.cells() : NO_CELLS));
                rejectedLines.add(record.line());
            }
        }
    }

    /** Takes the record into the format's row shape; why it is not data, or null. */
    private String skipReason(CsvRow record) {
        binding.next(record);
        // a short row may be one the format skips only when it is footer-like (a few cells):
        // a data row cut short is an invalid row, never a skipped one
        boolean footerLike = record.size() <= FOOTER_CELLS && record.size() < binding.width();
        return record.undecodableCell() >= 0 || (record.size() < binding.width() && !footerLike) ? null
                : binding.skipReason();
    }

    /**
     * Reads the record into the shop; false when it is invalid (its problems are then in the
     * cells). A platform's record is checked as it is, then read in atp's columns as its
     * format makes them.
     */
    private boolean readRow(CsvRow record) {
        int width = binding == null ? columns.width() : binding.width();
        cells.startRow(record);
        if (record.undecodableCell() >= 0) {
            cells.problem(NOT_UTF8);
            return false;
        }
        if (record.size() < width || hasExtraCells(record, width)) {
            cells.problem("has " + record.size() + " fields, the header has " + width);
            return false;
        }
        if (binding == null) {
            return rows.read(record.line());
        }
        wordProblems.clear();
        binding.translate(translated, wordProblems);
        cells.startRow(translated);
        for (String problem : wordProblems) {
            cells.problem(problem);
        }
        boolean valid = rows.read(record.line());
        return valid && wordProblems.isEmpty();
    }

    /** Extra cells beyond the header are tolerated only when empty (a trailing delimiter). */
    private static boolean hasExtraCells(CsvRow record, int width) {
        for (int i = width; i < record.size(); i++) {
            if (!record.isEmpty(i)) {
                return true;
            }
        }
        return false;
    }
}
