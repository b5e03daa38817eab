package shop.atp.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader (or a cron job that dies half-way) only ever sees the old
 * file or the complete new one: the text goes to a temporary file in the same folder, which
 * then replaces the target in one rename. On failure the temporary file is removed.
 *
 * <p>Only a regular file is ever replaced. A symlink stays a symlink: the file it names is
 * replaced. Anything else that exists (a device such as /dev/null, a pipe, /dev/stdout) is
 * written through as it is, never replaced. A new file gets the mode the umask gives; a
 * replaced file keeps its mode.
 */
public final class AtomicFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Temporary files being written, removed when the JVM is stopped mid-write (SIGINT, SIGTERM,
     * SIGHUP run shutdown hooks; SIGKILL cannot be caught). The one piece of state shared by
     * the whole run, as a shutdown hook is.
     */
    private static final class Unfinished {
        static final Set<Path> FILES = ConcurrentHashMap.newKeySet();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FILES.forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // stopping anyway: nothing more can be done about it
                }
            }), "atp-cleanup"));
        }
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, java.nio.charset.StandardCharsets.UTF_8, content);
    }

    /** As {@link #write(Path, Content)}, the text encoded in {@code charset} (a character it lacks fails the write). */
    public static void write(Path target, java.nio.charset.Charset charset, Content content) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException("it is a folder");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            writeThrough(target, charset, content);
            return;
        }
        Path file = fileNamedBy(target);
        Path temp = file.resolveSibling("." + file.getFileName() + "." + Long.toUnsignedString(
                ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        Unfinished.FILES.add(temp);
        try {
            // a new file: created as such (not Files.createTempFile, whose 0600 the rename would keep), so the umask
            // applies; a replacement: owner-only while written, the old file's mode given once it is whole
            boolean replacing = Files.exists(file);
            if (replacing) {
                createOwnerOnly(temp);
            }
            try (Writer out = writer(Files.newOutputStream(temp, replacing ? StandardOpenOption.TRUNCATE_EXISTING
                    : StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS), charset)) {
                content.writeTo(out);
            }
            keepModeOf(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        } finally {
            Unfinished.FILES.remove(temp);
        }
    }

    /** A device or a pipe: written as it is. */
    private static void writeThrough(Path target, java.nio.charset.Charset charset, Content content) throws IOException {
        try (OutputStream stream = Files.newOutputStream(target, StandardOpenOption.WRITE);
             Writer out = writer(stream, charset)) {
            content.writeTo(out);
        }
    }

    /** atp's own UTF-8 writer, or one for another charset that refuses a character it cannot encode. */
    private static Writer writer(OutputStream stream, java.nio.charset.Charset charset) {
        if (charset.equals(java.nio.charset.StandardCharsets.UTF_8)) {
            return new Utf8Writer(stream);
        }
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, charset.newEncoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)));
    }

    /** The file a path names: itself, or what its chain of symlinks ends at (which may not exist yet). */
    private static Path fileNamedBy(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(file); hops++) {
            if (hops == 40) {
                throw new IOException("too many levels of symbolic links");
            }
            file = file.resolveSibling(Files.readSymbolicLink(file)).normalize();
        }
        return file;
    }

    /**
     * The mode, owner and group of the file being replaced, when there is one and the file
     * system has them: a report a web server reads through its group stays readable. An owner
     * or group this user may not give (only root may give a file away) stays the user's own.
     */
    private static void keepModeOf(Path file, Path temp) throws IOException {
        if (Files.exists(file)) {
            try {
                java.nio.file.attribute.PosixFileAttributes was = Files.readAttributes(file,
                        java.nio.file.attribute.PosixFileAttributes.class);
                java.nio.file.attribute.PosixFileAttributeView view = Files.getFileAttributeView(temp,
                        java.nio.file.attribute.PosixFileAttributeView.class);
                java.util.Set<java.nio.file.attribute.PosixFilePermission> mode = java.util.EnumSet.noneOf(
                        java.nio.file.attribute.PosixFilePermission.class);
                mode.addAll(was.permissions());
                try {
                    view.setGroup(was.group());
                } catch (IOException notAllowed) {
                    // the group stays this user's: it gets none of what the old file gave its group
                    mode.removeAll(java.util.Set.of(java.nio.file.attribute.PosixFilePermission.GROUP_READ,
                            java.nio.file.attribute.PosixFilePermission.GROUP_WRITE,
                            java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE));
                }
                try {
                    view.setOwner(was.owner());
                } catch (IOException notAllowed) {
                    // as cp -p: only root may give a file away
                }
                Files.setPosixFilePermissions(temp, mode);
            } catch (UnsupportedOperationException e) {
                // no POSIX modes here: the new file keeps the folder's defaults
            }
        }
    }

    /** An empty file only its owner may read or write (where the file system has modes). */
    private static void createOwnerOnly(Path temp) throws IOException {
        try {
            Files.createFile(temp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException noModes) {
            Files.createFile(temp);
        }
    }
}
