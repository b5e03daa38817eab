package shop.atp.input;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Utf8Reader gives the chars InputStreamReader gives, however the bytes and the reads are cut. */
class Utf8ReaderProperties {

    /** Pieces of text: ASCII, valid multi-byte characters, and bytes no decoder accepts. */
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> ascii = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\r', ',', '"')
                .ofMaxLength(30).map(s -> s.getBytes(StandardCharsets.US_ASCII));
        Arbitrary<byte[]> text = Arbitraries.of("é", "ß", "漢字", "🍮", "€", "\u0000", "\uFFFD", "Crème brûlée")
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> broken = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4);
        Arbitrary<byte[]> cut = Arbitraries.of("漢", "🍮").map(s -> {
            byte[] all = s.getBytes(StandardCharsets.UTF_8);
            return java.util.Arrays.copyOf(all, all.length - 1);
        });
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, ascii), net.jqwik.api.Tuple.of(3, text),
                        net.jqwik.api.Tuple.of(1, broken), net.jqwik.api.Tuple.of(1, cut))
                .list().ofMaxSize(40).map(Utf8ReaderProperties::joined);
    }

    private static byte[] joined(List<byte[]> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pieces.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** A stream that hands out at most {@code step} bytes a read. */
    private static InputStream trickling(byte[] bytes, int step) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static String readAll(Reader reader, int readSize) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chars = new char[readSize];
        for (int n = reader.read(chars, 0, readSize); n >= 0; n = reader.read(chars, 0, readSize)) {
            assertThat(n).isPositive();
            text.append(chars, 0, n);
        }
        return text.toString();
    }

    private static String jdk(byte[] bytes) throws IOException {
        return readAll(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 4096);
    }

    @Property(seed = "20261201", tries = 1000)
    void sameCharsAsInputStreamReader(@ForAll("bytes") byte[] bytes,
                                      @ForAll @IntRange(min = 1, max = 9) int readSize,
                                      @ForAll @IntRange(min = 1, max = 7) int step,
                                      @ForAll @IntRange(min = 8, max = 16) int bufferSize) throws IOException {
        String expected = jdk(bytes);
        assertThat(readAll(new Utf8Reader(trickling(bytes, step), bufferSize), readSize)).isEqualTo(expected);
        assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(bytes), 1 << 16), 1 << 12)).isEqualTo(expected);
    }
}
