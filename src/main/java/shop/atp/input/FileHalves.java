package shop.atp.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A large export cut in two at a line break, so that both cores can read it: the first part
 * from the start of the file, the second from {@code cut}, which begins line
 * {@link #firstPart} + 1. Whether the cut is really between two records (and not inside a
 * quoted cell that runs over lines) is certain when no quote comes before it; otherwise only
 * a read of the first part can tell, and the reader falls back to one read when it is not.
 *
 * <p>Both parts are read through the one channel opened here (positional reads, safe from
 * two threads), so they come from the same file even when an exporter renames a new version
 * into place meanwhile; {@link #unchanged} tells whether it was written to in place.
 */
final class FileHalves implements Closeable {

    /** Files smaller than this read in a blink: not worth a second thread. */
    static final long SMALLEST = 4L << 20;

    private final InputFile file;
    private final FileChannel channel;
    private final long size;
    private final long cut;

    private FileHalves(InputFile file, FileChannel channel, long size, long cut) {
        this.file = file;
        this.channel = channel;
        this.size = size;
        this.cut = cut;
    }

    /**
     * The largest of the files worth cutting ({@code smallest} bytes or more), cut so that
     * the second part holds 55 % of all the files' bytes (the core reading the first part
     * also reads the other files, builds the shop and merges the parts), at least half of
     * the file and never all of it; null when none can be cut. products.csv is never cut: a
     * SKU listed twice must be found wherever its rows are.
     */
    static FileHalves ofLargest(List<InputFile> files, long smallest) {
        InputFile largest = null;
        long total = 0;
        for (InputFile file : files) {
            long size = size(file);
            total += size;
            if (file.kind() != InputKind.PRODUCTS && size >= smallest && (largest == null || size > size(largest))) {
                largest = file;
            }
        }
        if (largest == null) {
            return null;
        }
        long size = size(largest);
        return of(largest, smallest, Math.max(size / 2, Math.min(total / 20 * 11, size - size / 8)));
    }

    /** The size of a regular file, else 0 (standard input, a pipe, a missing file). */
    private static long size(InputFile file) {
        try {
            return file.path() != null && Files.isRegularFile(file.path()) ? Files.size(file.path()) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * A UTF-8 file of {@code smallest} bytes or more cut at the first line feed after its
     * first {@code size - tail} bytes (so that the second part holds about {@code tail}
     * bytes), else null: pipes, small files, UTF-16 files (where a line break byte may be
     * half of a character), and files without a line feed after that point.
     */
    static FileHalves of(InputFile file, long smallest, long tail) {
        if (file.path() == null || !Files.isRegularFile(file.path())) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file.path(), StandardOpenOption.READ);
            long size = channel.size();
            long cut = size < Math.max(2, smallest) || isUtf16(channel) ? -1
                    : afterLineFeed(channel, size - Math.max(1, Math.min(tail, size)));
            if (cut > 0 && cut < size) {
                return new FileHalves(file, channel, size, cut);
            }
        } catch (IOException e) {
            // not cut: the file is read in one go, which reports what is wrong with it
        }
        closeQuietly(channel);
        return null;
    }

    private static boolean isUtf16(FileChannel channel) throws IOException {
        ByteBuffer start = ByteBuffer.allocate(2);
        channel.read(start, 0);
        int b0 = start.get(0) & 0xff;
        int b1 = start.get(1) & 0xff;
        return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
    }

    /** The position after the first LF at or after {@code from}, or -1 when there is none. */
    private static long afterLineFeed(FileChannel channel, long from) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long at = from; ; ) {
            buffer.clear();
            int n = channel.read(buffer, at);
            if (n <= 0) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                if (buffer.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += n;
        }
    }

    /** The file that is cut. */
    InputFile file() {
        return file;
    }

    /** The bytes of the first part: the file from its start up to the cut. */
    InputStream first() {
        return new Part(0, cut);
    }

    /** The bytes of the second part: from the cut to the size the file had when it was cut. */
    InputStream second() {
        return new Part(cut, size);
    }

    /**
     * What the first part holds, found in one pass over its bytes: the lines that end before
     * the cut, counted as FastCSV counts them (an LF, a CR, or a CR and LF together end one
     * line), and whether any of its bytes is a quote. Without a quote no quoted cell can run
     * over the cut, so the cut lies between two records for certain.
     */
    FirstPart firstPart() throws IOException {
        long lines = 0;
        boolean quoted = false;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        byte previous = 0;
        for (long at = 0; at < cut; ) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), cut - at));
            int n = channel.read(buffer, at);
            if (n <= 0) {
                throw new IOException("the file got shorter while it was read");
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i < n; i++) {
                byte b = bytes[i];
                if (b == '\n' || previous == '\r') {
                    lines++;
                }
                quoted |= b == '"';
                previous = b;
            }
            at += n;
        }
        return new FirstPart(lines, quoted);
    }

    /** The lines before the cut, and whether a quote is among their bytes. */
    record FirstPart(long lines, boolean quoted) {
    }

    /** The bytes from the cut to the end the file has now (when the second part has to be read again). */
    InputStream rest() {
        return new Part(cut, Long.MAX_VALUE);
    }

    /** False when the file's size changed while it was read (written to in place): read it again. */
    boolean unchanged() {
        try {
            return channel.size() == size;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    /** Closes what was only read from (a file, its records); a failure to close loses nothing. */
    static void closeQuietly(java.io.Closeable read) {
        try {
            if (read != null) {
                read.close();
            }
        } catch (IOException e) {
            // read only: nothing was lost
        }
    }

    /** The bytes {@code [from, to)} of the file (to its end for {@code Long.MAX_VALUE}), by positional reads of the shared channel. */
    private final class Part extends InputStream {
        private long at;
        private final long to;

        Part(long from, long to) {
            this.at = from;
            this.to = to;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at >= to) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, to - at)), at);
            if (n < 0 && to == Long.MAX_VALUE) {
                return -1;
            }
            if (n < 0) {
                throw new IOException("the file got shorter while it was read");
            }
            at += n;
            return n;
        }
    }
}
