package shop.atp.output;

import shop.atp.domain.NoticeSettings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * One notice as an RFC 5322 message for `sendmail -t`: From, To, Subject, Date, Message-ID
 * and a UTF-8 text body, lines ending in CRLF. A header that is not ASCII is encoded as RFC
 * 2047 words; nothing from the data can start a header of its own (a customer holding a line
 * break gets no message at all, see {@link #refusal}).
 */
public final class EmlMessage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);
    /** RFC 2047: an encoded word is at most 75 characters; "=?UTF-8?B?" and "?=" take 12 of them. */
    private static final int WORD_BYTES = 45;

    private EmlMessage() {
    }

    /** Why a notice gets no .eml, or null when it can have one. */
    public static String refusal(String customer) {
        if (customer.isEmpty()) {
            return "no customer address in the orders";
        }
        if (customer.indexOf('\r') >= 0 || customer.indexOf('\n') >= 0) {
            return "the customer address holds a line break, which could add mail headers; no message written";
        }
        if (customer.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "the customer address holds control characters; no message written";
        }
        String address = addressPart(customer);
        if (address.indexOf('@') < 0 || address.indexOf('@') != address.lastIndexOf('@')
                || address.chars().anyMatch(c -> c == ',' || c == ';' || c == ' ' || c == '<' || c == '>' || c == '"')) {
            return "the customer \"" + customer + "\" is not one email address";
        }
        return null;
    }

    /** The file name: ORDERID-KIND.eml, the id as it is but for what a file name cannot hold ({@link #asFileName}). */
    public static String fileName(NoticeTexts.Rendered r) {
        return asFileName(r.notice().orderId()) + "-" + r.notice().kind().word() + ".eml";
    }

    public static String of(NoticeTexts.Rendered r, NoticeSettings settings, LocalDate asOf, ZoneId zone) {
        String from = settings.shopName().isEmpty() ? settings.from()
                : phrase(settings.shopName()) + " <" + settings.from() + ">";
        StringBuilder b = new StringBuilder(r.body().length() + 512);
        header(b, "From", from);
        header(b, "To", address(r.notice().customer()));
        header(b, "Subject", encoded(r.subject()));
        header(b, "Date", DATE.format(asOf.atStartOfDay(zone)));
        header(b, "Message-ID", "<" + asMessageIdPart(r.notice().orderId()) + "." + r.notice().kind().word() + "." + asOf
                + "@" + domain(settings.from()) + ">");
        header(b, "MIME-Version", "1.0");
        header(b, "Content-Type", "text/plain; charset=UTF-8");
        header(b, "Content-Transfer-Encoding", "8bit");
        b.append("\r\n");
        String body = r.body().replace("\r\n", "\n").replace('\r', '\n');
        for (String line : body.split("\n", -1)) {
            b.append(line).append("\r\n");
        }
        // one CRLF ends the last line; the split leaves an empty piece after a final line break
        if (body.endsWith("\n")) {
            b.setLength(b.length() - 2);
        }
        return b.toString();
    }

    private static void header(StringBuilder b, String name, String value) {
        b.append(name).append(": ").append(value).append("\r\n");
    }

    /** The address of "Name &lt;addr&gt;", or the whole value. */
    private static String addressPart(String customer) {
        int lt = customer.lastIndexOf('<');
        return lt >= 0 && customer.endsWith(">") ? customer.substring(lt + 1, customer.length() - 1).strip() : customer.strip();
    }

    /** "Name <addr>" with a name that is not ASCII encoded (quotes around it dropped); a bare address as it is. */
    static String address(String customer) {
        int lt = customer.lastIndexOf('<');
        if (lt >= 0 && customer.endsWith(">")) {
            String name = customer.substring(0, lt).strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            return (name.isEmpty() ? "" : phrase(name) + " ") + "<" + addressPart(customer) + ">";
        }
        return customer.strip();
    }

    /** A display name: encoded when not ASCII, quoted when it holds specials. */
    private static String phrase(String name) {
        if (!isAscii(name)) {
            return encoded(name);
        }
        if (name.chars().anyMatch(c -> "()<>[]:;@\\,.\"".indexOf(c) >= 0)) {
            return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return name;
    }

    /** RFC 2047 B-encoded UTF-8 words for text that is not ASCII (whole characters in each word). */
    static String encoded(String text) {
        if (isAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            int bytes = 0;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + n > WORD_BYTES) {
                    break;
                }
                bytes += n;
                end += Character.charCount(cp);
            }
            if (out.length() > 0) {
                out.append("\r\n ");
            }
            out.append("=?UTF-8?B?").append(Base64.getEncoder()
                    .encodeToString(text.substring(i, end).getBytes(StandardCharsets.UTF_8))).append("?=");
            i = end;
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    private static String domain(String from) {
        int at = from.lastIndexOf('@');
        String d = at < 0 ? "" : from.substring(at + 1).replace(">", "").strip();
        return d.isEmpty() || !d.matches("[A-Za-z0-9.-]+") ? "atp.invalid" : d;
    }

    /**
     * The id as a file name on Linux, macOS and Windows: as it is ("#1001" stays "#1001"), but
     * for what a name there cannot hold (/ \ : * ? " &lt; &gt; |, control characters, a leading '.',
     * which would hide the file or name a folder above) and '%' itself, each written %HH (its
     * code in hex): two ids never become the same name.
     */
    private static String asFileName(String id) {
        StringBuilder b = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x20 || c == 0x7f || "/\\:*?\"<>|%".indexOf(c) >= 0 || (c == '.' && i == 0)) {
                b.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The id with every character a Message-ID cannot hold written as _HH (its UTF-8 bytes in
     * hex), '_' itself as _5F: two ids never become the same Message-ID.
     */
    private static String asMessageIdPart(String id) {
        StringBuilder b = new StringBuilder(id.length());
        for (byte octet : id.getBytes(StandardCharsets.UTF_8)) {
            int c = octet & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
            if (plain && !(c == '.' && b.length() == 0)) {
                b.append((char) c);
            } else {
                b.append('_').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }
}
