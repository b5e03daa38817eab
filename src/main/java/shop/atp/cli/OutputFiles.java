package shop.atp.cli;

import shop.atp.output.AtomicFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a run writes (--output, --rejects): what they may not name, checked before
 * anything is read, and how a failure to write one is told (exit 2, one line).
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * --output and --rejects name neither an input (the policy included) nor each other, and
     * their folders exist, so that a run that cannot write its output leaves yesterday's
     * rejects as they were too.
     *
     * @param output  --output, or null
     * @param rejects --rejects, or null
     * @param inputs  every input file and the policy
     */
    static void check(Path output, Path rejects, List<Path> inputs) {
        List<Path> outputs = new ArrayList<>();
        if (output != null) {
            outputs.add(output);
        }
        if (rejects != null) {
            outputs.add(rejects);
        }
        for (Path file : outputs) {
            for (Path input : inputs) {
                if (sameFile(file, input)) {
                    throw new UsageException(file + " is an input file; refusing to write over it");
                }
            }
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                throw new UsageException(file + ": cannot be written: the folder " + folder + " does not exist");
            }
        }
        if (output != null && rejects != null && sameFile(output, rejects)) {
            throw new UsageException("--rejects and --output name the same file (" + rejects
                    + "); the rejected rows would be lost");
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the file atomically; a failure is a bad command line naming the file and why. */
    static void write(Path path, AtomicFile.Content content) {
        write(path, java.nio.charset.StandardCharsets.UTF_8, content);
    }

    static void write(Path path, java.nio.charset.Charset charset, AtomicFile.Content content) {
        try {
            AtomicFile.write(path, charset, content);
        } catch (NoSuchFileException e) {
            throw new UsageException(path + ": cannot be written: the folder "
                    + path.toAbsolutePath().getParent() + " does not exist");
        } catch (AccessDeniedException e) {
            throw new UsageException(path + ": cannot be written: permission denied");
        } catch (IOException e) {
            throw cannotBeWritten(path, e);
        } catch (UncheckedIOException e) {
            // a writer of tables reports its failures unchecked
            throw cannotBeWritten(path, e.getCause());
        }
    }

    private static UsageException cannotBeWritten(Path path, IOException e) {
        return new UsageException(path + ": cannot be written (" + shop.atp.input.FileRefusal.reason(e) + ")");
    }
}
