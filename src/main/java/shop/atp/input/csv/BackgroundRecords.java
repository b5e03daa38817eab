package shop.atp.input.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * The records of a large export split on another core while this one reads them into the
 * shop: one file read in order, never cut, so rows that continue the row before them (an
 * order's later lines) are read as they stand. Records travel in batches of copies; what
 * stopped the splitting reaches the reader after the records before it, as if read here.
 * When batches wait for this core, the other one also does the caller's work on the next
 * batch (reading its rows into values), so that both cores stay busy.
 */
final class BackgroundRecords implements Records {

    private static final int BATCH = 1024;
    /** Batches on their way at once: enough that neither side waits for the other's hiccups. */
    private static final int IN_FLIGHT = 4;

    /** Records, then how the text ended: null (its end) or what stopped it. */
    private static final class Batch {
        final CsvRow[] rows = new CsvRow[BATCH];
        /** What the work gave for each record, when it was done there. */
        final Object[] done = new Object[BATCH];
        boolean worked;
        int count;
        boolean last;
        RuntimeException failure;

        Batch() {
            for (int i = 0; i < BATCH; i++) {
                rows[i] = new CsvRow();
            }
        }
    }

    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final BlockingQueue<Batch> empty = new ArrayBlockingQueue<>(IN_FLIGHT + 1);
    private final Thread splitter;
    private Batch current;
    private int next;
    /** The batch handed back on the following take: a record stays whole until the call after next. */
    private Batch previous;

    BackgroundRecords(String file, Records source, Function<CsvRow, ?> work) {
        for (int i = 0; i < IN_FLIGHT + 1; i++) {
            empty.add(new Batch());
        }
        splitter = new Thread(() -> split(source, work), "atp-csv " + file);
        splitter.setDaemon(true);
        splitter.start();
    }

    private void split(Records source, Function<CsvRow, ?> work) {
        try (source) {
            boolean more = true;
            while (more) {
                Batch batch = empty.take();
                batch.count = 0;
                batch.last = false;
                batch.failure = null;
                try {
                    CsvRow row;
                    while (batch.count < BATCH && (row = source.next()) != null) {
                        batch.rows[batch.count++].copyOf(row);
                    }
                    more = batch.count == BATCH;
                } catch (RuntimeException e) {
                    batch.failure = e;
                    more = false;
                }
                batch.last = !more;
                batch.worked = false;
                if (!full.isEmpty()) {
                    doWork(batch, work);
                }
                full.put(batch);
            }
        } catch (InterruptedException e) {
            // the reader closed early: nothing more is wanted
        } catch (IOException e) {
            // closing a file that was read: nothing was lost
        }
    }

    /** Does {@code work} on every record of the batch; a failure is left for the reader, who meets it there. */
    private static void doWork(Batch batch, Function<CsvRow, ?> work) {
        try {
            for (int i = 0; i < batch.count; i++) {
                batch.done[i] = work.apply(batch.rows[i]);
            }
            batch.worked = true;
        } catch (RuntimeException e) {
            batch.worked = false;
        }
    }

    /** What the work gave for the record {@link #next} gave last, or null when it was not done there. */
    Object done() {
        return current != null && current.worked ? current.done[next - 1] : null;
    }

    @Override
    public CsvRow next() {
        while (current == null || next == current.count) {
            if (current != null && current.last) {
                if (current.failure != null) {
                    throw current.failure;
                }
                return null;
            }
            take();
        }
        return current.rows[next++];
    }

    private void take() {
        if (previous != null) {
            Arrays.fill(previous.done, null);
            empty.add(previous);
        }
        previous = current;
        try {
            current = full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while reading"));
        }
        next = 0;
    }

    @Override
    public void close() throws IOException {
        splitter.interrupt();
        try {
            splitter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
