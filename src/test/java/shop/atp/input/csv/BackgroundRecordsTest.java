package shop.atp.input.csv;

import org.junit.jupiter.api.Test;
import shop.atp.input.InputException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Records split on another core arrive in batches: in order, whole, the failure after the records before it. */
class BackgroundRecordsTest {

    private static byte[] rows(int count, String thenTail) {
        StringBuilder b = new StringBuilder("order_id,sku,title\n");
        for (int i = 0; i < count; i++) {
            b.append(i).append(",SKU-").append(i % 97).append(',').append(i % 5 == 0 ? "\"a\nb, \"\"c\"\"\"" : "plain").append('\n');
        }
        return b.append(thenTail).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> read(byte[] input, boolean inBackground, List<String> into) {
        try (CsvRows records = CsvRows.open("x.csv", new ByteArrayInputStream(input), null)) {
            records.header();
            if (inBackground) {
                records.splitElsewhere(row -> row.line() + ":" + String.join("|", row.cells()));
            }
            while (records.advance()) {
                String here = records.line() + ":" + String.join("|", records.cells());
                Object there = records.done();
                assertThat(there == null || there.equals(here)).as("work done on the other core for line %d", records.line()).isTrue();
                into.add(here);
            }
            return into;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void manyBatchesGiveTheSameRecordsAsOneThread() {
        byte[] input = rows(10_000, "");
        List<String> here = read(input, false, new ArrayList<>());
        assertThat(here).hasSize(10_000);
        assertThat(read(input, true, new ArrayList<>())).isEqualTo(here);
    }

    @Test
    void aFailureComesAfterEveryRecordBeforeIt() {
        byte[] input = rows(5_000, "5000,X,\"never closed\n");
        List<String> here = new ArrayList<>();
        List<String> there = new ArrayList<>();
        assertThatThrownBy(() -> read(input, false, here)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> read(input, true, there)).isInstanceOf(InputException.class)
                .hasMessage("x.csv:6002: a quoted field starts on this line and is never closed (a missing \" ?)");
        assertThat(there).hasSize(5_000).isEqualTo(here);
    }

    @Test
    void closingEarlyStopsTheOtherCore() throws Exception {
        for (int i = 0; i < 20; i++) {
            try (CsvRows records = CsvRows.open("x.csv", new ByteArrayInputStream(rows(20_000, "")), null)) {
                records.splitElsewhere(CsvRow::line);
                assertThat(records.advance()).isTrue();
            }
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("atp-csv"));
    }
}
