package shop.atp.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A large export cut in two at a line break, so that both cores can read it: the first part
 * from the start of the file, the second from {@code cut}, which begins line
 * {@code linesBefore + 1}. Whether the cut is really between two records (and not inside a
 * quoted cell that runs over lines) only a read of the first part can tell; the reader falls
 * back to one read when it is not.
 */
record FileHalves(Path path, long size, long cut) {

    /** Files smaller than this read in a blink: not worth a second thread. */
    static final long SMALLEST = 4L << 20;

    /**
     * A UTF-8 file of {@code smallest} bytes or more cut at the first line feed after its
     * first {@code size - tail} bytes (so that the second part holds about {@code tail}
     * bytes), else null: pipes, small files, UTF-16 files (where a line break byte may be
     * half of a character), and files without a line feed after that point.
     */
    static FileHalves of(Path path, long smallest, long tail) {
        if (!Files.isRegularFile(path)) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < Math.max(2, smallest) || isUtf16(channel)) {
                return null;
            }
            long cut = afterLineFeed(channel, size - Math.max(1, Math.min(tail, size)));
            return cut < 0 || cut >= size ? null : new FileHalves(path, size, cut);
        } catch (IOException e) {
            return null;
        }
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

    /** The bytes of the first half: the file from its start up to the cut. */
    InputStream first() throws IOException {
        return bytes(0, cut);
    }

    /** The bytes of the second half: from the cut to the end of the file. */
    InputStream second() throws IOException {
        return bytes(cut, size);
    }

    private InputStream bytes(long from, long to) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        channel.position(from);
        InputStream in = Channels.newInputStream(channel);
        return new InputStream() {
            private long left = to - from;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = in.read();
                left -= b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = in.read(b, off, (int) Math.min(len, left));
                left -= Math.max(n, 0);
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    /**
     * Lines that end before the cut, counted as the scanner counts them: an LF, a CR, or a CR
     * and LF together end one line.
     */
    long linesBefore() throws IOException {
        long lines = 0;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            byte previous = 0;
            for (long at = 0; at < cut; ) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), cut - at));
                int n = channel.read(buffer, at);
                byte[] bytes = buffer.array();
                for (int i = 0; i < n; i++) {
                    byte b = bytes[i];
                    if (b == '\n' || previous == '\r') {
                        lines++;
                    }
                    previous = b;
                }
                at += n;
            }
        }
        return lines;
    }
}
