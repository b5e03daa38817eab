package shop.atp.input;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading ahead of standard input: what it keeps to decode again, and what it says when it cannot. */
class ReadAheadTest {

    private static final String HEADER = "order-id\torder-item-id\tpurchase-date\tsku\tproduct-name\tquantity-purchased\t"
            + "quantity-shipped\tquantity-to-ship\n";
    private static final String ROW = "112-1\t5001\t2026-11-20T08:00:00+00:00\tA\tCaf\u00e9 Mug\t2\t0\t2\n";

    private static ReadAhead ahead(String text, int kept) {
        InputFile stdin = new InputFile(InputKind.ORDERS, "<stdin>", null, false);
        HeaderRecognition recognition = new HeaderRecognition(true, Formats::builtIn, Map.of());
        return new ReadAhead(List.of(stdin), null, recognition,
                new ByteArrayInputStream(text.getBytes(Charset.forName("windows-1252"))), kept);
    }

    @Test
    void aReportThatFitsIsKeptWholeAndReadInItsFallback() {
        ReadAhead whole = ahead(HEADER + ROW, 1 << 20);
        assertThat(whole.notes()).isEmpty();
        assertThat(whole.charsetOf(new InputFile(InputKind.ORDERS, "<stdin>", null, false))).isEqualTo(Charset.forName("windows-1252"));
    }

    @Test
    void aReportTooLargeToKeepIsReadAsUtf8AndSaysSo() {
        ReadAhead large = ahead(HEADER + ROW.repeat(20), HEADER.length() + 10);
        assertThat(large.charsetOf(new InputFile(InputKind.ORDERS, "<stdin>", null, false))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(large.notes()).extracting(n -> n.text()).containsExactly("standard input (amazon-unshipped) is too large to "
                + "keep (over " + (HEADER.length() + 10) + " bytes) and read again as windows-1252 if it is not UTF-8; give the file by its path");
    }
}
