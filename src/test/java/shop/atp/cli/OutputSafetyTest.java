package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What `--output` and `--rejects` may write over, and how (HARDENING.md D1-D4, D7, D8):
 * nothing but the target is ever replaced, never an input, never a device or a pipe.
 */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private static final String BAD_ROW = "order_id,sku,quantity,ordered_at\n1001,A,2,2026-11-01\n1002,A,x,2026-11-02\n";

    /** D1: a FIFO is written through (a reader gets the text), never replaced by a file. */
    @Test
    void aPipeIsWrittenThroughNotReplaced() throws Exception {
        Path fifo = dir.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        CliRun run = new ShopFolder(dir).run("availability", "--format", "csv", "--output", fifo.toString());
        assertThat(run.exit()).isZero();
        assertThat(reader.get(10, TimeUnit.SECONDS)).startsWith("sku,title,on_hand");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    /** D1: a symlink to a regular file: the file it points to is replaced, atomically; the link stays. */
    @Test
    void aSymlinkKeepsPointingAtItsFileWhichIsReplaced() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
        CliRun run = new ShopFolder(dir).run("availability", "--format", "csv", "--output", link.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("sku,title,on_hand");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** D2: the policy file is an input too, for --output and --rejects alike. */
    @Test
    void thePolicyFileIsNeverWrittenOver() throws IOException {
        ShopFolder folder = new ShopFolder(dir).write("policy.yaml", "default_channel: dtc\n");
        Path policy = dir.resolve("policy.yaml");
        for (String[] args : new String[][]{{"--output", policy.toString()},
                {"--skip-invalid", "--rejects", policy.toString()},
                {"--policy", policy.toString(), "--output", policy.toString()}}) {
            CliRun run = folder.run("check", args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).contains("is an input file; refusing to write over it");
            assertThat(Files.readString(policy)).isEqualTo("default_channel: dtc\n");
        }
    }

    /** D3: validate protects its inputs as every other command does. */
    @Test
    void validateNeverWritesOverAnInput() throws IOException {
        CliRun run = new ShopFolder(dir).run("validate", "--output", dir.resolve("orders.csv").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is an input file; refusing to write over it");
        assertThat(Files.readString(dir.resolve("orders.csv"))).isEqualTo(ShopFolder.ORDERS);
    }

    /** D4: --rejects and --output naming one file would lose the rejected rows. */
    @Test
    void rejectsAndOutputCannotBeOneFile() throws IOException {
        ShopFolder folder = new ShopFolder(dir).write("orders.csv", BAD_ROW);
        Path same = dir.resolve("same.csv");
        CliRun run = folder.run("check", "--skip-invalid", "--rejects", same.toString(), "--output",
                dir.resolve(".").resolve("same.csv").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("atp: --rejects and --output name the same file");
        assertThat(Files.exists(same)).isFalse();
    }

    /** D7: a new file gets the umask's mode (never 0600 alone); a replaced file keeps its mode. */
    @Test
    void newFilesFollowTheUmaskAndReplacedFilesKeepTheirMode() throws IOException {
        ShopFolder folder = new ShopFolder(dir);
        Path kept = Files.writeString(dir.resolve("kept.csv"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(folder.run("availability", "--output", kept.toString()).exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw-r--");

        Path fresh = dir.resolve("fresh.csv");
        Path plain = Files.createFile(dir.resolve("plain-new-file"));
        assertThat(folder.run("availability", "--output", fresh.toString()).exit()).isZero();
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    /** D7: a replaced file keeps its group (a page a web server reads through its group), where this user may set it. */
    @Test
    void aReplacedFileKeepsItsGroup() throws IOException {
        ShopFolder folder = new ShopFolder(dir);
        Path page = Files.writeString(dir.resolve("page.html"), "old");
        java.nio.file.attribute.PosixFileAttributeView view = Files.getFileAttributeView(page,
                java.nio.file.attribute.PosixFileAttributeView.class);
        java.nio.file.attribute.GroupPrincipal other;
        try {
            other = page.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("nogroup");
            view.setGroup(other);
        } catch (IOException | UnsupportedOperationException cannot) {
            org.junit.jupiter.api.Assumptions.abort("this user cannot give a file another group: " + cannot);
            return;
        }
        assertThat(folder.run("report", "--format", "html", "--output", page.toString()).exit()).isBetween(0, 1);
        assertThat(Files.readAttributes(page, java.nio.file.attribute.PosixFileAttributes.class).group()).isEqualTo(other);
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>");
    }

    /** D8: a run that fails leaves yesterday's rejects as they were. */
    @Test
    void aFailedRunLeavesTheRejectsFileAlone() throws IOException {
        ShopFolder folder = new ShopFolder(dir).write("orders.csv", BAD_ROW);
        Path rejects = Files.writeString(dir.resolve("rej.csv"), "old", StandardCharsets.UTF_8);
        CliRun run = folder.run("report", "--skip-invalid", "--rejects", rejects.toString(),
                "--output", dir.resolve("missing-folder/x.csv").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(Files.readString(rejects)).isEqualTo("old");
    }

    /** An output stream that fails as a full disk or a closed pipe does. */
    private static OutputStream failing(String why) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(why);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(why);
            }
        };
    }

    /** D5: standard output that cannot be written (a full disk, /dev/full) is an error, never exit 0 with half a file. */
    @Test
    void aFailedWriteToStandardOutputIsAnError() {
        new ShopFolder(dir);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Atp.run(new String[]{"availability", "--data", dir.toString(), "--as-of", "2026-11-24"},
                InputStream.nullInputStream(), failing("No space left on device"), err);
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("atp: standard output could not be written (No space left on device)\n");
    }

    /** D5: a reader that stopped early (`atp ... | head`) is no error: the rest is not wanted. */
    @Test
    void aClosedPipeOnStandardOutputIsNoError() {
        new ShopFolder(dir);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Atp.run(new String[]{"availability", "--data", dir.toString(), "--as-of", "2026-11-24"},
                InputStream.nullInputStream(), failing("Broken pipe"), err);
        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /**
     * D8: standard output that cannot be written fails the run, and a failed run replaces no
     * file: yesterday's rejects stay. A closed pipe is no failure, and the rejects are written.
     */
    @Test
    void aFailedStandardOutputLeavesYesterdaysRejects() throws IOException {
        new ShopFolder(dir).write("orders.csv", "order_id,sku,quantity,ordered_at\n1,A,2,2026-11-01\n2,A,x,2026-11-01\n");
        Path rejects = dir.resolve("rejects.csv");
        Files.writeString(rejects, "old");
        String[] args = {"check", "--data", dir.toString(), "--as-of", "2026-11-24", "--skip-invalid", "--rejects", rejects.toString()};
        int exit = Atp.run(args, InputStream.nullInputStream(), failing("No space left on device"), new ByteArrayOutputStream());
        assertThat(exit).isEqualTo(2);
        assertThat(Files.readString(rejects)).isEqualTo("old");
        Atp.run(args, InputStream.nullInputStream(), failing("Broken pipe"), new ByteArrayOutputStream());
        assertThat(Files.readString(rejects)).startsWith("file,line,reason,row");
    }

    /** An upload file in another encoding (Amazon's Windows-1252) goes out as bytes: a closed pipe is no failure there either. */
    @Test
    void anUploadInAnotherEncodingTreatsAClosedPipeAsAtpsOwnOutputDoes() {
        String[] args = {"listings", "--platform", "amazon", "--data", "examples/multichannel", "--as-of", "2026-11-24",
                "--current", "examples/multichannel/All+Listings+Report.txt"};
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Atp.run(args, InputStream.nullInputStream(), failing("Broken pipe"), err)).isZero();
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        assertThat(Atp.run(args, InputStream.nullInputStream(), failing("No space left on device"), full)).isEqualTo(2);
        assertThat(full.toString(StandardCharsets.UTF_8)).contains("atp: standard output could not be written (No space left on device)\n");
    }
}
