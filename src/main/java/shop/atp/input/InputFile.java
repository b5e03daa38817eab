package shop.atp.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where one export comes from: a file, or standard input when {@code path} is null.
 * {@code name} is what messages call it; {@code format} the format it was named with
 * ({@code FORMAT:PATH}), or null to recognise it from its header.
 */
public record InputFile(InputKind kind, String name, Path path, boolean optional, String format) {

    /** What a file that is a folder is told (the same words as for the policy, whatever the system's). */
    public static final String FOLDER = "cannot be read: it is a folder";

    /** The name a file is called by in messages: its last part, or the whole path when it has none ({@code /}). */
    public static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    public InputFile(InputKind kind, String name, Path path, boolean optional) {
        this(kind, name, path, optional, null);
    }

    public static InputFile stdin(InputKind kind, String format) {
        return new InputFile(kind, "<stdin>", null, false, format);
    }

    public static InputFile stdin(InputKind kind) {
        return stdin(kind, null);
    }

    /**
     * The files of {@code kind} in the --data folder, in name order: those whose names start
     * with the kind's prefixes; none when the folder holds none (or cannot be listed).
     */
    public static java.util.List<Path> inFolder(Path dir, InputKind kind) {
        try (java.util.stream.Stream<Path> files = Files.list(dir.toString().isEmpty() ? Path.of(".") : dir)) {
            return files.filter(p -> kind.namesFile(p.getFileName().toString()))
                    .filter(p -> !Files.isDirectory(p))
                    .sorted(java.util.Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> dir.toString().isEmpty() ? Path.of(p.getFileName().toString()) : p)
                    .toList();
        } catch (IOException e) {
            return java.util.List.of();
        }
    }

    /**
     * Whether the name is there at all, even as a dangling link or a folder: such a file is
     * read, and says why it cannot be, rather than taken for one that was not given.
     */
    public boolean exists() {
        return path == null || Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** Opens the file, or hands back {@code stdin} for standard input. */
    public InputStream open(InputStream stdin) {
        if (path == null) {
            return stdin;
        }
        if (Files.isDirectory(path)) {
            throw new InputException(new InputProblem(name, 0, FOLDER));
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InputException(new InputProblem(name, 0, "file not found (" + path + ")"));
        } catch (IOException e) {
            throw new InputException(new InputProblem(name, 0, "cannot be opened: " + FileRefusal.reason(e)));
        }
    }
}
