package shop.atp.input;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** How a file is named, and why the file system refused it, in messages (HARDENING C4, K13). */
class InputFileTest {

    @Test
    void aPathWithoutANameIsCalledByItself() {
        assertThat(InputFile.nameOf(Path.of("/"))).isEqualTo("/");
        assertThat(InputFile.nameOf(Path.of("shop", "orders.csv"))).isEqualTo("orders.csv");
    }

    /** Java's messages repeat the path and leave the reason out; the reason is what a merchant needs. */
    @Test
    void whyAFileCouldNotBeOpenedIsSaidInWords() {
        assertThat(FileRefusal.reason(new AccessDeniedException("k13/orders.csv"))).isEqualTo("permission denied");
        assertThat(FileRefusal.reason(new FileSystemException("k13/orders.csv", null, "Too many levels of symbolic links")))
                .isEqualTo("Too many levels of symbolic links");
        assertThat(FileRefusal.reason(new IOException("Input/output error"))).isEqualTo("Input/output error");
    }
}
