package shop.atp.output;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8WriterTest {

    /** The bytes {@code writes} makes through a writer over a byte stream, closed at the end. */
    private static byte[] bytes(Function<java.io.OutputStream, Writer> writer, Writes writes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = writer.apply(out)) {
            writes.to(w);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface Writes {
        void to(Writer w) throws IOException;
    }

    /** Utf8Writer must write the very bytes the JDK's OutputStreamWriter writes. */
    private static void sameAsTheJdk(Writes writes) throws IOException {
        assertThat(bytes(Utf8Writer::new, writes))
                .isEqualTo(bytes(o -> new OutputStreamWriter(o, StandardCharsets.UTF_8), writes));
    }

    @Test
    void asciiAccentsAndEmojiInEveryKindOfWrite() throws IOException {
        sameAsTheJdk(w -> {
            w.write("sku,title\r\n");
            w.write('é');
            w.write('x');
            w.write("Crème brûlée 🍮 ".toCharArray(), 0, 16);
            w.write("abc-漢字-def", 3, 4);
        });
    }

    @Test
    void aPairSplitAcrossTwoWritesIsJoined() throws IOException {
        String emoji = "🍮";
        sameAsTheJdk(w -> {
            w.write("a" + emoji.charAt(0));
            w.write(emoji.charAt(1) + "b");
            w.write(emoji.charAt(0));
            w.write(emoji.charAt(1));
        });
        assertThat(bytes(Utf8Writer::new, w -> {
            w.write("a" + emoji.charAt(0));
            w.write(emoji.charAt(1) + "b");
        })).isEqualTo(("a" + emoji + "b").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loneSurrogatesBecomeQuestionMarks() throws IOException {
        sameAsTheJdk(w -> w.write("x\uDC00y\uD800z"));
        sameAsTheJdk(w -> w.write("x\uD800"));
        assertThat(bytes(Utf8Writer::new, w -> w.write("x\uDC00y\uD800z"))).isEqualTo("x?y?z".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textLargerThanTheBufferAndManySmallWrites() throws IOException {
        String big = "row,ü\r\n".repeat(40_000);
        sameAsTheJdk(w -> {
            w.write("head");
            w.write(big);
            for (int i = 0; i < 100_000; i++) {
                w.write(i % 2 == 0 ? 'a' : 'ß');
                w.write(i % 3 == 0 ? "\"sku\": " : "é,");
            }
            w.write(big);
        });
    }

    @Test
    void writeOfAnIntTakesItsLowSixteenBits() throws IOException {
        sameAsTheJdk(w -> {
            w.write(-1);
            w.write(0x10041);
            w.write(0x1D83C);
            w.write(0x1DF6E);
        });
    }

    @Test
    void flushHandsEverythingToTheStream() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writer w = new Utf8Writer(out);
        w.write("on hand");
        assertThat(out.size()).isZero();
        w.flush();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("on hand");
    }
}
