package shop.atp.output;

import org.junit.jupiter.api.Test;
import shop.atp.domain.DueNotice;
import shop.atp.domain.NoticeKind;
import shop.atp.domain.NoticeSettings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The notice texts: built-in wording, a merchant's templates checked when loaded, and the .eml around them. */
class NoticeTextsTest {

    private static final NoticeSettings SHOP = new NoticeSettings(7, "Northloop", "hello@northloop.example", null);

    private static DueNotice notice(NoticeKind kind, String title, LocalDate promised, boolean preorder, String customer) {
        DueNotice.WaitingLine line = new DueNotice.WaitingLine("TEE-1", title, 2, promised, preorder,
                preorder ? DueNotice.Stock.IN_PRODUCTION : DueNotice.Stock.IN_TRANSIT, LocalDate.of(2026, 12, 1));
        return new DueNotice("1042", customer, "dtc", LocalDate.of(2026, 11, 23), kind, promised,
                LocalDate.of(2026, 11, 30), 3, 12, List.of(line));
    }

    @Test
    void theBuiltInConfirmationFollowsThePlaybook() {
        NoticeTexts.Rendered r = NoticeTexts.builtIn(SHOP).render(notice(NoticeKind.CONFIRMATION, "Black tee",
                LocalDate.of(2026, 12, 3), false, "jane@example.com"));
        assertThat(r.subject()).isEqualTo("Order Confirmed — Ships by 2026-12-03");
        assertThat(r.body()).isEqualTo("""
                Hello,

                Thank you for your order 1042.

                Your order is currently on backorder. Expected ship date: 2026-12-03.

                - Black tee, 2 units: 2026-12-03

                Order number: 1042

                We'll notify you as soon as your order ships. If the timeline changes, we'll let you know immediately.

                Need to cancel? Reply to this email — no hassle.

                The Northloop team
                """);
    }

    @Test
    void preordersAndLinesWithNoDateHaveTheirOwnWording() {
        NoticeTexts texts = NoticeTexts.builtIn(SHOP);
        NoticeTexts.Rendered preorder = texts.render(notice(NoticeKind.CONFIRMATION, "Aurora hoodie", null, true, ""));
        assertThat(preorder.subject()).isEqualTo("Order Confirmed — we will confirm the ship date soon");
        assertThat(preorder.body()).contains("Thank you for your order 1042.\n\n"
                + "Your order includes a preorder: it is being made for you.\n\n"
                + "- Aurora hoodie, 2 units: no date yet\n\n"
                + "We will confirm the ship date of Aurora hoodie as soon as production is scheduled.\n\n"
                + "Order number: 1042\n");
        NoticeTexts.Rendered waiting = texts.render(notice(NoticeKind.CONFIRMATION, "Black tee", null, false, ""));
        assertThat(waiting.body()).contains("Your order is currently on backorder.\n\n- Black tee, 2 units: no date yet\n\n"
                + "We are waiting for our supplier to confirm a date for Black tee, and will tell you as soon as they do.\n\n");
        NoticeTexts.Rendered update = texts.render(notice(NoticeKind.UPDATE, "Aurora hoodie", LocalDate.of(2026, 11, 30),
                true, ""));
        assertThat(update.subject()).isEqualTo("Update on your preorder — Aurora hoodie");
        assertThat(update.body()).contains("Your order 1042 is still on track to ship by 2026-11-30.\n",
                "Current status: In production\n", "Estimated arrival at warehouse: 2026-12-01\n",
                "Your order position: 3 of 12 preorders\n");
        NoticeTexts.Rendered delay = texts.render(notice(NoticeKind.DELAY, "Black tee", null, false, ""));
        assertThat(delay.subject()).isEqualTo("New ship date for your order 1042");
        assertThat(delay.body()).contains("will not ship by 2026-11-30, as we told you.\n",
                "We don't have a new confirmed date yet", "- Black tee, 2 units: no date yet\n", "full refund");
    }

    @Test
    void everyBuiltInMessageListsEachWaitingLineWithItsUnitsAndDate() {
        DueNotice.WaitingLine dated = new DueNotice.WaitingLine("TEE-1", "Black tee", 2, LocalDate.of(2026, 12, 3), false,
                DueNotice.Stock.IN_TRANSIT, LocalDate.of(2026, 12, 1));
        DueNotice.WaitingLine undated = new DueNotice.WaitingLine("MUG-9", "", 1, null, false,
                DueNotice.Stock.AWAITING_CONFIRMATION, null);
        NoticeTexts texts = NoticeTexts.builtIn(SHOP);
        for (NoticeKind kind : NoticeKind.values()) {
            DueNotice n = new DueNotice("1042", "", "dtc", LocalDate.of(2026, 11, 23), kind, null,
                    LocalDate.of(2026, 11, 30), 3, 12, List.of(dated, undated));
            assertThat(texts.render(n).body()).as(kind.word())
                    .contains("\n- Black tee, 2 units: 2026-12-03\n- MUG-9, 1 unit: no date yet\n");
        }
    }

    /** An order with a preorder and a backorder says both, not only "a preorder" (review). */
    @Test
    void aConfirmationOfAPreorderAndABackorderSaysBoth() {
        DueNotice.WaitingLine tee = new DueNotice.WaitingLine("TEE-1", "Black tee", 1, LocalDate.of(2026, 12, 3), false,
                DueNotice.Stock.IN_TRANSIT, LocalDate.of(2026, 12, 1));
        DueNotice.WaitingLine hoodie = new DueNotice.WaitingLine("HOODIE-LTD", "Aurora hoodie", 1, LocalDate.of(2027, 2, 8), true,
                DueNotice.Stock.IN_PRODUCTION, LocalDate.of(2027, 2, 1));
        NoticeTexts texts = NoticeTexts.builtIn(SHOP);
        DueNotice both = new DueNotice("1042", "", "dtc", LocalDate.of(2026, 11, 23), NoticeKind.CONFIRMATION,
                LocalDate.of(2027, 2, 8), null, 3, 12, List.of(tee, hoodie));
        assertThat(texts.render(both).body()).contains("Your order includes a preorder: it is being made for you. "
                + "Its other items are on backorder. Expected ship date: 2027-02-08.");
        DueNotice preorderOnly = new DueNotice("1043", "", "dtc", LocalDate.of(2026, 11, 23), NoticeKind.CONFIRMATION,
                LocalDate.of(2027, 2, 8), null, 3, 12, List.of(hoodie));
        assertThat(texts.render(preorderOnly).body()).contains("Your order includes a preorder: it is being made for you. "
                + "Expected ship date: 2027-02-08.");
    }

    @Test
    void textMailIsNotEscaped() {
        NoticeTexts.Rendered r = NoticeTexts.builtIn(SHOP).render(notice(NoticeKind.UPDATE, "Mugs <2> & \"Cups\" 'n' more",
                LocalDate.of(2026, 11, 30), false, ""));
        assertThat(r.subject()).isEqualTo("Update on your backorder — Mugs <2> & \"Cups\" 'n' more");
        assertThat(r.body()).contains("- Mugs <2> & \"Cups\" 'n' more, 2 units");
    }

    @Test
    void aLineBreakInTheDataCannotMakeASecondSubjectLine() {
        NoticeTexts.Rendered r = NoticeTexts.builtIn(SHOP).render(notice(NoticeKind.UPDATE, "Tee\nBcc: x@evil.example",
                LocalDate.of(2026, 11, 30), false, ""));
        assertThat(r.subject()).isEqualTo("Update on your backorder — Tee Bcc: x@evil.example");
    }

    @Test
    void aMerchantTemplateNamingAVariableAtpDoesNotGiveIsRefusedWithItsLine() {
        Map<NoticeKind, String> own = Map.of(NoticeKind.UPDATE, "Hi {{customer}}\nYour {{product}}\nships {{ship_date}}\n");
        assertThatThrownBy(() -> NoticeTexts.of(own, k -> "templates/update.mustache", SHOP))
                .isInstanceOfSatisfying(NoticeTexts.TemplateProblem.class, p -> {
                    assertThat(p.file()).isEqualTo("templates/update.mustache");
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.getMessage()).startsWith("unknown variable \"ship_date\"; the variables are: arrival, backorder, channel,");
                });
        Map<NoticeKind, String> inLines = Map.of(NoticeKind.UPDATE, "Hi\n{{#lines}}\n{{colour}}\n{{/lines}}\n");
        assertThatThrownBy(() -> NoticeTexts.of(inLines, k -> "u.mustache", SHOP))
                .isInstanceOfSatisfying(NoticeTexts.TemplateProblem.class, p -> assertThat(p.line()).isEqualTo(3));
        Map<NoticeKind, String> broken = Map.of(NoticeKind.DELAY, "Subject\n{{#lines}}never closed\n");
        assertThatThrownBy(() -> NoticeTexts.of(broken, k -> "d.mustache", SHOP))
                .isInstanceOf(NoticeTexts.TemplateProblem.class).hasMessageStartingWith("is not a Mustache template");
        Map<NoticeKind, String> delimiters = Map.of(NoticeKind.DELAY, "Late {{=<% %>=}}\nSorry <%nosuch%>\n");
        assertThatThrownBy(() -> NoticeTexts.of(delimiters, k -> "d.mustache", SHOP))
                .isInstanceOfSatisfying(NoticeTexts.TemplateProblem.class, p -> {
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.getMessage()).startsWith("changes the Mustache delimiters");
                });
        Map<NoticeKind, String> oneLine = Map.of(NoticeKind.DELAY, "Only a subject");
        assertThatThrownBy(() -> NoticeTexts.of(oneLine, k -> "d.mustache", SHOP))
                .hasMessage("needs the subject on its first line and the body below it");
    }

    @Test
    void aTagThatIsNeverClosedIsRefusedWithItsLineNotSentAsText() {
        Map<NoticeKind, String> inSubject = Map.of(NoticeKind.UPDATE, "Subj {{ship_by\nx\n");
        assertThatThrownBy(() -> NoticeTexts.of(inSubject, k -> "tpl/update.mustache", SHOP))
                .isInstanceOfSatisfying(NoticeTexts.TemplateProblem.class, p -> {
                    assertThat(p.file()).isEqualTo("tpl/update.mustache");
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.getMessage()).isEqualTo("is not a Mustache template: the tag \"{{ship_by\" is not closed with }}");
                });
        Map<NoticeKind, String> inLines = Map.of(NoticeKind.DELAY,
                "Late {{order_id}}\nHello,\n{{#lines}}\n- {{product}}, {{units_text\n{{/lines}}\n{{signature}}\n");
        assertThatThrownBy(() -> NoticeTexts.of(inLines, k -> "d.mustache", SHOP))
                .isInstanceOfSatisfying(NoticeTexts.TemplateProblem.class, p -> {
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.getMessage()).isEqualTo("is not a Mustache template: the tag \"{{units_text\" is not closed with }}");
                });
        Map<NoticeKind, String> beforeAnother = Map.of(NoticeKind.DELAY, "Late\n{{ship_by}} ok\nby {{ship_by {{order_id}}\n");
        assertThatThrownBy(() -> NoticeTexts.of(beforeAnother, k -> "d.mustache", SHOP))
                .isInstanceOfSatisfying(NoticeTexts.TemplateProblem.class, p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.getMessage()).isEqualTo("is not a Mustache template: the tag \"{{ship_by\" is not closed with }}");
                });
        Map<NoticeKind, String> sectionNeverClosed = Map.of(NoticeKind.DELAY, "Late\nHello\n{{#lines}}never closed\n");
        assertThatThrownBy(() -> NoticeTexts.of(sectionNeverClosed, k -> "d.mustache", SHOP))
                .isInstanceOfSatisfying(NoticeTexts.TemplateProblem.class, p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.getMessage()).isEqualTo("is not a Mustache template: Section missing close tag 'lines'");
                });
    }

    @Test
    void aMerchantTemplateRendersWithTheGivenVariables() {
        Map<NoticeKind, String> own = Map.of(NoticeKind.UPDATE,
                "News about {{order_id}}\n{{#lines}}{{sku}} x{{units}} {{promised}}{{/lines}} -- {{shop_name}}\n");
        NoticeTexts.Rendered r = NoticeTexts.of(own, k -> "u.mustache", SHOP)
                .render(notice(NoticeKind.UPDATE, "Tee", LocalDate.of(2026, 12, 3), false, ""));
        assertThat(r.subject()).isEqualTo("News about 1042");
        assertThat(r.body()).isEqualTo("TEE-1 x2 2026-12-03 -- Northloop\n");
    }

    @Test
    void anEmlHasItsHeadersCrlfLinesAndEncodesWhatIsNotAscii() {
        NoticeTexts.Rendered r = NoticeTexts.builtIn(SHOP).render(notice(NoticeKind.CONFIRMATION, "Tröja – grön",
                LocalDate.of(2026, 12, 3), false, "Zoë Müller <zoe@example.com>"));
        String eml = EmlMessage.of(r, SHOP, LocalDate.of(2026, 11, 24), ZoneOffset.UTC);
        assertThat(eml).startsWith("From: Northloop <hello@northloop.example>\r\n"
                + "To: =?UTF-8?B?" + b64("Zoë Müller") + "?= <zoe@example.com>\r\n"
                + "Subject: =?UTF-8?B?");
        assertThat(eml).contains("\r\nDate: Tue, 24 Nov 2026 00:00:00 +0000\r\n"
                + "Message-ID: <1042.confirmation.2026-11-24@northloop.example>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Hello,\r\n");
        assertThat(eml.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(decodedSubject(eml)).isEqualTo("Order Confirmed — Ships by 2026-12-03");
        assertThat(eml).contains("\r\n- Tröja – grön, 2 units: 2026-12-03\r\n");
        assertThat(EmlMessage.fileName(r)).isEqualTo("1042-confirmation.eml");
    }

    @Test
    void anEmlFileKeepsTheOrderIdButForWhatAFileNameCannotHold() {
        assertThat(emlFileName("#1001")).isEqualTo("#1001-update.eml");
        assertThat(emlFileName("A_1 (gift)")).isEqualTo("A_1 (gift)-update.eml");
        assertThat(emlFileName("Bestellung-Ö1")).isEqualTo("Bestellung-Ö1-update.eml");
        assertThat(emlFileName("A/B")).isEqualTo("A%2FB-update.eml");
        assertThat(emlFileName("a\\b:c*d?e\"f<g>h|i")).isEqualTo("a%5Cb%3Ac%2Ad%3Fe%22f%3Cg%3Eh%7Ci-update.eml");
        assertThat(emlFileName("tab\there\u007f")).isEqualTo("tab%09here%7F-update.eml");
        assertThat(emlFileName("50%")).isEqualTo("50%25-update.eml");
        assertThat(emlFileName("50%25")).isEqualTo("50%2525-update.eml");
        assertThat(emlFileName("../x")).isEqualTo("%2E.%2Fx-update.eml");
        assertThat(emlFileName("v1.2")).isEqualTo("v1.2-update.eml");
    }

    private static String emlFileName(String orderId) {
        DueNotice n = notice(NoticeKind.UPDATE, "Tee", null, false, "");
        DueNotice withId = new DueNotice(orderId, n.customer(), n.channel(), n.orderedOn(), n.kind(), n.shipBy(),
                n.lastTold(), n.position(), n.queueSize(), n.lines());
        return EmlMessage.fileName(new NoticeTexts.Rendered(withId, "", ""));
    }

    @Test
    void aCustomerThatCouldInjectAHeaderGetsNoMessage() {
        assertThat(EmlMessage.refusal("jane@example.com\r\nBcc: all@example.com")).contains("line break");
        assertThat(EmlMessage.refusal("jane@example.com\nBcc: all@example.com")).contains("line break");
        assertThat(EmlMessage.refusal("")).isEqualTo("no customer address in the orders");
        assertThat(EmlMessage.refusal("Jane Doe")).isEqualTo("the customer \"Jane Doe\" is not one email address");
        assertThat(EmlMessage.refusal("Zoë <zoe@example.com>")).isNull();
        assertThat(EmlMessage.refusal("a@example.com, evil@example.com")).contains("is not one email address");
        assertThat(EmlMessage.refusal("Jane <a@example.com>, evil@example.com")).contains("is not one email address");
        assertThat(EmlMessage.address("\"Bob\" <bob@example.com>")).isEqualTo("Bob <bob@example.com>");
        assertThat(EmlMessage.address("\"Doe, Jane\" <jane@example.com>")).isEqualTo("\"Doe, Jane\" <jane@example.com>");
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodedSubject(String eml) {
        int start = eml.indexOf("Subject: ") + 9;
        int end = eml.indexOf("\r\nDate:");
        StringBuilder b = new StringBuilder();
        for (String word : eml.substring(start, end).split("\r\n ")) {
            String inner = word.substring("=?UTF-8?B?".length(), word.length() - 2);
            b.append(new String(Base64.getDecoder().decode(inner), StandardCharsets.UTF_8));
        }
        return b.toString();
    }
}
