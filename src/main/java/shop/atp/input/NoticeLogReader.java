package shop.atp.input;

import shop.atp.domain.NoticeKind;
import shop.atp.domain.NoticeLog;
import shop.atp.input.csv.CsvRows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the notices log atp writes (order_id, kind, sent_on, ship_by). A log that is not
 * atp's (a column missing, a kind or date that does not parse) is an input error naming the
 * file and line, like any export; a log that does not exist yet is an empty one.
 */
public final class NoticeLogReader {

    public static final List<String> COLUMNS = List.of("order_id", "kind", "sent_on", "ship_by");

    private NoticeLogReader() {
    }

    public static NoticeLog read(Path file) {
        String name = InputFile.nameOf(file);
        if (Files.isDirectory(file)) {
            throw new InputException(new InputProblem(name, 0, InputFile.FOLDER));
        }
        try (InputStream in = Files.newInputStream(file); CsvRows rows = CsvRows.open(name, in, ',')) {
            return read(name, rows);
        } catch (NoSuchFileException e) {
            return NoticeLog.NONE;
        } catch (IOException e) {
            throw new InputException(new InputProblem(name, 0, "cannot be read: " + FileRefusal.reason(e)));
        }
    }

    private static NoticeLog read(String name, CsvRows rows) {
        String[] header = rows.header();
        if (header == null) {
            return NoticeLog.NONE;
        }
        int[] at = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            at[c] = indexOf(header, COLUMNS.get(c));
            if (at[c] < 0) {
                throw new InputException(new InputProblem(name, 1, "required column \"" + COLUMNS.get(c)
                        + "\" not found; a notices log has the columns " + String.join(", ", COLUMNS)));
            }
        }
        List<NoticeLog.Entry> entries = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        while (rows.advance()) {
            String[] cells = rows.cells();
            int line = rows.line();
            if (cells.length != header.length) {
                problems.add(new InputProblem(name, line, "has " + cells.length + " fields; the header has " + header.length));
                continue;
            }
            String order = cells[at[0]];
            NoticeKind kind = NoticeKind.byWord(cells[at[1]]);
            LocalDate sentOn = date(cells[at[2]]);
            LocalDate shipBy = cells[at[3]].isEmpty() ? null : date(cells[at[3]]);
            if (order.isEmpty()) {
                problems.add(new InputProblem(name, line, "order_id is empty"));
            }
            if (kind == null) {
                problems.add(new InputProblem(name, line, "kind \"" + cells[at[1]] + "\" is not one of delay, confirmation, update"));
            }
            if (sentOn == null) {
                problems.add(new InputProblem(name, line, "sent_on \"" + cells[at[2]] + "\" is not a date (expected 2026-04-15)"));
            }
            if (!cells[at[3]].isEmpty() && shipBy == null) {
                problems.add(new InputProblem(name, line, "ship_by \"" + cells[at[3]] + "\" is not a date (expected 2026-04-15)"));
            }
            if (!order.isEmpty() && kind != null && sentOn != null && (cells[at[3]].isEmpty() || shipBy != null)) {
                entries.add(new NoticeLog.Entry(order, kind, sentOn, shipBy));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new NoticeLog(entries);
    }

    private static int indexOf(String[] header, String column) {
        for (int i = 0; i < header.length; i++) {
            if (Column.normalize(header[i]).equals(Column.normalize(column))) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
