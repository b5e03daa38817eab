package shop.atp.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's .eml files into a folder all or nothing: each goes to a temporary file there
 * first, and only when every one is complete are they renamed into place. On any failure the
 * files of this run are removed, so a cron job never sends half a batch.
 */
public final class Outbox {

    private Outbox() {
    }

    /** @param files file name → message text */
    public static void write(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        List<Path> temporary = new ArrayList<>();
        List<Path> placed = new ArrayList<>();
        try {
            List<Path[]> moves = new ArrayList<>();
            for (Map.Entry<String, String> f : files.entrySet()) {
                // owner-only, kept by the rename: a message holds a customer's address and order
                Path tmp = Files.createTempFile(dir, ".atp-", ".eml.tmp");
                temporary.add(tmp);
                Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
                moves.add(new Path[]{tmp, dir.resolve(f.getKey())});
            }
            for (Path[] m : moves) {
                Files.move(m[0], m[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                placed.add(m[1]);
            }
        } catch (IOException | RuntimeException e) {
            for (Path p : temporary) {
                Files.deleteIfExists(p);
            }
            for (Path p : placed) {
                Files.deleteIfExists(p);
            }
            throw e;
        }
    }
}
