package shop.atp.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where one export comes from: a file, or standard input when {@code path} is null.
 * {@code name} is what messages call it.
 */
public record InputFile(InputKind kind, String name, Path path, boolean optional) {

    public static InputFile stdin(InputKind kind) {
        return new InputFile(kind, "<stdin>", null, false);
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
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InputException(new InputProblem(name, 0, "file not found (" + path + ")"));
        } catch (IOException e) {
            throw new InputException(new InputProblem(name, 0, "cannot be opened: " + e.getMessage()));
        }
    }
}
