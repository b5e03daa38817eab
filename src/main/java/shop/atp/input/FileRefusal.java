package shop.atp.input;

import java.io.IOException;

/** Why the file system refused to read or write a file, in words: its exceptions often say only the file's name. */
public final class FileRefusal {

    private FileRefusal() {
    }

    /** "permission denied", "a file of that name is in the way", or the file system's own reason. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
