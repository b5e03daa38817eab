package shop.atp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** `notices` on the command line: the log, --eml, templates, and what each refuses. */
class NoticesCliTest {

    private static final boolean UPDATE = Boolean.getBoolean("atp.golden.update");
    private static final Path EML = Path.of("src/test/resources/notices/1264-confirmation.eml");

    @TempDir
    Path dir;

    private static CliRun demo(String... args) {
        return CliRun.run(Stream.concat(Stream.of("notices", "--data", "examples", "--as-of", "2026-11-24"), Stream.of(args))
                .toArray(String[]::new));
    }

    /** A shop whose one order waits on PO-1 and was placed yesterday, by {@code customer}. */
    private ShopFolder waitingShop(String customer) {
        return new ShopFolder(dir)
                .write("on-hand.csv", "sku,on_hand\nA,0\n")
                .write("orders.csv", "order_id,sku,quantity,ordered_at,customer\n1001,A,2,2026-11-23T10:00:00Z,\"" + customer + "\"\n")
                .write("policy.yaml", "notices: { shop_name: Northloop, from: hello@northloop.example }\n");
    }

    @Test
    void theLogRemembersWhatWasSentSoASecondRunThatDaySendsNothing() throws IOException {
        Path log = dir.resolve("notices-log.csv");
        ShopFolder shop = waitingShop("jane@example.com");
        CliRun dry = shop.run("notices", "--log", log.toString(), "--dry-run", "--format", "csv");
        assertThat(dry.out()).contains("1001,jane@example.com,dtc,confirmation,Order Confirmed — Ships by 2026-12-03,");
        assertThat(log).doesNotExist();
        CliRun first = shop.run("notices", "--log", log.toString());
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).contains("1001      jane@example.com  confirmation  2026-12-03");
        assertThat(Files.readString(log)).isEqualTo("order_id,kind,sent_on,ship_by\n1001,confirmation,2026-11-24,2026-12-03\n");
        CliRun again = shop.run("notices", "--log", log.toString(), "--format", "csv");
        assertThat(again.out()).isEqualTo("order_id,customer,channel,kind,subject,body,ship_by,position,queue_size\r\n");
        assertThat(Files.readString(log)).isEqualTo("order_id,kind,sent_on,ship_by\n1001,confirmation,2026-11-24,2026-12-03\n");
        // a week later the customer is due an update, appended after what the log held
        CliRun week = CliRun.run("notices", "--data", shop.data(), "--as-of", "2026-12-01", "--log", log.toString());
        assertThat(week.out()).contains("1001      jane@example.com  update  2026-12-03  Update on your backorder — A\n");
        assertThat(Files.readString(log)).endsWith("1001,confirmation,2026-11-24,2026-12-03\n1001,update,2026-12-01,2026-12-03\n");
        // the supplier moves the PO a week: the customer told 2026-12-03 is due a delay
        shop.write("purchase-orders.csv", "po_number,sku,quantity,expected_date,status\nPO-1,A,10,2026-12-08,confirmed\n");
        CliRun moved = CliRun.run("notices", "--data", shop.data(), "--as-of", "2026-12-02", "--log", log.toString());
        assertThat(moved.out()).contains("1001      jane@example.com  delay  2026-12-10  New ship date for your order 1001\n");
    }

    @Test
    void aLogThatIsNotAtpsIsAnInputError() {
        Path log = dir.resolve("log.csv");
        ShopFolder shop = waitingShop("jane@example.com");
        shop.write("log.csv", "order_id,kind,sent_on,ship_by\n1001,confirmation,24/11/2026,\n1002,reminder,2026-11-20,\n");
        CliRun run = shop.run("notices", "--log", log.toString());
        assertThat(run.err()).isEqualTo("log.csv:2: sent_on \"24/11/2026\" is not a date (expected 2026-04-15)\n"
                + "log.csv:3: kind \"reminder\" is not one of delay, confirmation, update\n");
        assertThat(run.exit()).isEqualTo(3);
        shop.write("log.csv", "order,sent\n1001,2026-11-20\n");
        assertThat(shop.run("notices", "--log", log.toString()).err())
                .isEqualTo("log.csv:1: required column \"order_id\" not found; a notices log has the columns order_id, kind, sent_on, ship_by\n");
    }

    @Test
    void emlFilesAreWrittenForCustomersWithAnAddressAndOthersAreListed() throws IOException {
        Path outbox = dir.resolve("outbox");
        CliRun run = demo("--eml", outbox.toString());
        assertThat(run.err()).isEmpty();
        try (Stream<Path> files = Files.list(outbox)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(17)
                    .contains("1264-confirmation.eml", "1176-delay.eml", "1127-update.eml");
        }
        String eml = Files.readString(outbox.resolve("1264-confirmation.eml"), StandardCharsets.UTF_8);
        if (UPDATE) {
            Files.writeString(EML, eml, StandardCharsets.UTF_8);
        }
        assertThat(eml).isEqualTo(Files.readString(EML, StandardCharsets.UTF_8));

        Path mine = dir.resolve("mine");
        CliRun injected = waitingShop("jane@example.com\nBcc: everyone@example.com").run("notices", "--eml", mine.toString());
        assertThat(injected.err()).isEqualTo("atp: order 1001: no .eml written (the customer address holds a line break, "
                + "which could add mail headers; no message written)\n");
        assertThat(injected.out()).contains("1001");
        try (Stream<Path> files = Files.list(mine)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void emlNeedsAFromAddressAndAFolderThatCanBeWrittenAndLeavesNothingHalfDone() throws IOException {
        CliRun noFrom = new ShopFolder(dir).write("orders.csv", "order_id,sku,quantity,ordered_at,customer\n"
                + "1001,A,9,2026-11-23T10:00:00Z,jane@example.com\n").run("notices", "--eml", dir.resolve("out").toString());
        assertThat(noFrom.err()).startsWith("atp: --eml needs a From address: set notices.from in the policy\n");
        assertThat(noFrom.exit()).isEqualTo(2);
        Files.writeString(dir.resolve("a-file"), "not a folder");
        CliRun blocked = waitingShop("jane@example.com").run("notices", "--eml", dir.resolve("a-file/outbox").toString());
        assertThat(blocked.err()).startsWith("atp: --eml " + dir.resolve("a-file/outbox") + ": the messages cannot be written there (");
        assertThat(blocked.err()).contains("); none was written\n");
        assertThat(blocked.exit()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("a-file"))).isEqualTo("not a folder");
    }

    @Test
    void theMerchantsTemplatesAreUsedAndCheckedWhenLoaded() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("confirmation.mustache"), "Thanks for {{order_id}}\n{{#lines}}{{product}}: {{promised}}\n{{/lines}}");
        ShopFolder shop = waitingShop("jane@example.com");
        CliRun own = shop.run("notices", "--templates", templates.toString(), "--format", "csv");
        assertThat(own.out()).contains("confirmation,Thanks for 1001,\"A: 2026-12-03\n\",2026-12-03,1,1\r\n");
        Files.writeString(templates.resolve("delay.mustache"), "Late\nSorry, {{name}}.\n");
        CliRun bad = shop.run("notices", "--templates", templates.toString());
        assertThat(bad.err()).startsWith(templates.resolve("delay.mustache") + ":2: unknown variable \"name\"; the variables are: ");
        assertThat(bad.exit()).isEqualTo(2);
        Files.writeString(templates.resolve("delay.mustache"), "Late\nSorry.\n");
        Files.writeString(templates.resolve("update.mustache"), "Subj {{ship_by\nx\n");
        CliRun unclosed = shop.run("notices", "--templates", templates.toString());
        assertThat(unclosed.err()).isEqualTo(templates.resolve("update.mustache")
                + ":1: is not a Mustache template: the tag \"{{ship_by\" is not closed with }}\n");
        assertThat(unclosed.out()).isEmpty();
        assertThat(unclosed.exit()).isEqualTo(2);
        shop.write("policy.yaml", "notices: { templates: no-such-folder }\n");
        CliRun missing = shop.run("notices");
        assertThat(missing.err()).startsWith("notices.templates: the templates folder ");
        assertThat(missing.exit()).isEqualTo(2);
    }

    @Test
    void idsThatLookAlikeGetFilesOfTheirOwnAndOnlyMessagesWrittenAreLogged() throws IOException {
        ShopFolder shop = new ShopFolder(dir)
                .write("on-hand.csv", "sku,on_hand\nA,0\n")
                .write("orders.csv", "order_id,sku,quantity,ordered_at,customer\n"
                        + "A/1,A,1,2026-11-23T10:00:00Z,a@example.com\nA_1,A,1,2026-11-23T11:00:00Z,bob@example.com\n"
                        + "ab1,A,1,2026-11-23T12:00:00Z,c@example.com\nAB1,A,1,2026-11-23T13:00:00Z,d@example.com\n"
                        + "X9,A,1,2026-11-23T14:00:00Z,\"a@example.com, evil@example.com\"\n"
                        + "#1001,A,1,2026-11-23T15:00:00Z,e@example.com\n50%,A,1,2026-11-23T16:00:00Z,f@example.com\n"
                        + ".profile,A,1,2026-11-23T17:00:00Z,g@example.com\n")
                .write("policy.yaml", "notices: { from: hello@northloop.example }\n");
        Path outbox = dir.resolve("outbox");
        Path log = dir.resolve("notices-log.csv");
        CliRun run = shop.run("notices", "--eml", outbox.toString(), "--log", log.toString());
        assertThat(run.err()).isEqualTo("atp: order X9: no .eml written (the customer \"a@example.com, evil@example.com\" "
                + "is not one email address)\n");
        try (Stream<Path> files = Files.list(outbox)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "#1001-confirmation.eml", "%2Eprofile-confirmation.eml", "50%25-confirmation.eml",
                    "A%2F1-confirmation.eml", "AB1-confirmation-4.eml", "A_1-confirmation.eml", "ab1-confirmation.eml");
        }
        assertThat(Files.readString(log)).doesNotContain("X9").contains("A/1,", "A_1,", "ab1,", "AB1,", "#1001,", "50%,");
    }

    @Test
    void aLogThatCannotBeWrittenStopsTheRunBeforeAnyMailIsWritten() {
        Path outbox = dir.resolve("outbox");
        CliRun run = waitingShop("jane@example.com").run("notices", "--eml", outbox.toString(), "--log",
                dir.resolve("no-such-folder/log.csv").toString());
        assertThat(run.err()).startsWith("atp: --log " + dir.resolve("no-such-folder/log.csv") + ": the folder ");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(outbox).doesNotExist();
    }
}
