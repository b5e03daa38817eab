package shop.atp.input;

import shop.atp.input.csv.CsvRows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

/**
 * The largest file read in two parts at once, the second on another core into a shop of
 * its own, joined after the first. The first part goes straight into the shop when no
 * quote comes before the cut (the cut then lies between two records for certain), else
 * into a shop of its own too, so that the file can be read again in one go when the cut
 * turns out to lie inside a quoted cell (bench/README, "Issue 12/13: speed, second look").
 */
final class FileInTwoParts {

    private final ShopReader reader;
    private final FileHalves halves;
    private final CsvRows first;
    private final HeaderMap columns;
    private final CompletableFuture<FileHalves.FirstPart> firstPart = new CompletableFuture<>();
    private final CompletableFuture<FilePass> second;
    private boolean finished;

    /** Starts the second part on the other core; {@code first} has read the file's header. */
    FileInTwoParts(ShopReader reader, FileHalves halves, CsvRows first, HeaderMap columns) {
        this.reader = reader;
        this.halves = halves;
        this.first = first;
        this.columns = columns;
        this.second = CompletableFuture.supplyAsync(this::readSecond);
    }

    /** On the other core: what the first part holds (told to this one at once), then the second part. */
    private FilePass readSecond() {
        FileHalves.FirstPart before;
        try {
            before = halves.firstPart();
        } catch (IOException e) {
            firstPart.completeExceptionally(e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            // this core waits for the count: it must hear of any failure, or it would wait forever
            firstPart.completeExceptionally(e);
            throw e;
        }
        firstPart.complete(before);
        return reader.readPart(halves.file(), columns, halves.second(), first.delimiter(), before.lines());
    }

    /** Closes the file when the read stopped before its turn came: the other core's reads then end. */
    void closeUnlessFinished() {
        if (!finished) {
            finished = true;
            close();
        }
    }

    /**
     * Reads the first part here, then does {@code meanwhile}, waits for the second part, and
     * joins them; null when they do not add up to the file (it is then read again in one go).
     */
    ShopReader.FileRead finish(Runnable meanwhile) {
        finished = true;
        try {
            FileHalves.FirstPart before;
            try {
                before = firstPart.join();
            } catch (RuntimeException e) {
                second.exceptionally(failure -> null).join();
                return null;
            }
            return before.quoted() ? joinedApart(meanwhile) : joinedInPlace(meanwhile, before.lines());
        } finally {
            close();
        }
    }

    /** The first part read into a shop of its own, joined with the second when both read to their ends. */
    private ShopReader.FileRead joinedApart(Runnable meanwhile) {
        try {
            FilePass part = reader.partPass(halves.file(), columns);
            part.readRows(first);
            meanwhile.run();
            FilePass rest = second.join();
            if (!halves.unchanged() || rest.stopped != null) {
                return null;
            }
            reader.join(part.into);
            reader.join(rest.into);
            part.takeIn(rest);
            reader.readInTwoParts();
            return reader.done(part);
        } catch (RuntimeException e) {
            second.exceptionally(failure -> null).join();
            return null;
        }
    }

    /**
     * The first part read straight into the shop, as a read in one go reads it; then the
     * second part joined after it, or, when it could not be read or the file was written to
     * meanwhile, the rest of the file read here. A part that stops the file stops it here,
     * with the rows before it kept, as in one go.
     */
    private ShopReader.FileRead joinedInPlace(Runnable meanwhile, long linesBefore) {
        FilePass pass = reader.passIntoShop(halves.file(), columns);
        try {
            pass.readRows(first);
        } catch (InputException e) {
            second.exceptionally(failure -> null).join();
            return new ShopReader.FileRead(pass.problems, pass.rejected, e.problems(), null);
        }
        meanwhile.run();
        FilePass rest = second.exceptionally(failure -> null).join();
        if (rest == null || !halves.unchanged()) {
            rest = pass.readOn(halves.rest(), first.delimiter(), linesBefore);
        } else {
            reader.join(rest.into);
            pass.takeIn(rest);
        }
        if (rest.stopped != null) {
            return new ShopReader.FileRead(pass.problems, pass.rejected, rest.stopped.problems(), null);
        }
        reader.readInTwoParts();
        return reader.done(pass);
    }

    private void close() {
        FileHalves.closeQuietly(first);
        halves.close();
    }
}
