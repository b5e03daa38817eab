package shop.atp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import shop.atp.domain.DueNotice;
import shop.atp.domain.NoticeLog;
import shop.atp.domain.Notices;
import shop.atp.input.NoticeLogReader;
import shop.atp.output.EmlMessage;
import shop.atp.output.Format;
import shop.atp.output.NoticeTexts;
import shop.atp.output.Outbox;
import shop.atp.output.TableWriter;
import shop.atp.output.Tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `notices`: the messages each waiting customer is due today; atp writes them, never sends them. */
@Command(name = "notices", mixinStandardHelpOptions = true,
        description = "The customer messages due on the as-of date, one per order at most: a delay (the promise "
                + "moved later), a confirmation (a new order that waits), or an update (every "
                + "notices.update_every_days days). Marketplace orders get none. With --log the messages sent are "
                + "remembered; with --eml each is written as a .eml file for sendmail -t. atp never sends mail.",
        footerHeading = "%nExamples:%n",
        footer = {"  atp notices --data examples --as-of 2026-11-24",
                "  atp notices --log notices-log.csv --eml outbox/ && for f in outbox/*.eml; do sendmail -t < \"$f\" && rm \"$f\"; done"})
final class NoticesCommand extends ShopCommand {

    @Option(names = "--log", paramLabel = "FILE", description = "The notices log: read first, then this run's messages "
            + "appended (atomically) unless --dry-run. Without it the run remembers nothing.")
    Path log;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
            description = "Confirm orders placed on or after this day (default: the day before --as-of).")
    LocalDate since;

    @Option(names = "--eml", paramLabel = "DIR", description = "Write each message as DIR/ORDERID-KIND.eml (RFC 5322, "
            + "UTF-8), all or none. Orders without an email address are listed, never written.")
    Path eml;

    @Option(names = "--dry-run", description = "With --log: read the log but append nothing.")
    boolean dryRun;

    @Option(names = "--templates", paramLabel = "DIR", description = "confirmation.mustache, update.mustache and "
            + "delay.mustache to use (subject on the first line); default: the policy's notices.templates, else atp's own.")
    Path templates;

    @Override
    public Integer call() throws IOException {
        Session s = session().keepCustomers();
        Format format = s.format(Format.TABLE, Format.CSV, Format.TSV, Format.JSON);
        NoticeTexts texts = s.noticeTexts(templates);
        if (eml != null && s.policy().notices().from().isEmpty()) {
            throw new UsageException("--eml needs a From address: set notices.from in the policy");
        }
        NoticeLog history = log == null ? NoticeLog.NONE : NoticeLogReader.read(log);
        LocalDate asOf = s.asOf();
        List<DueNotice> due = Notices.due(s.analysis(), history, since != null ? since : asOf.minusDays(1));
        List<NoticeTexts.Rendered> messages = new ArrayList<>(due.size());
        for (DueNotice n : due) {
            messages.add(texts.render(n));
        }
        String logged = log == null || dryRun ? null : logBefore();
        List<NoticeTexts.Rendered> sent = messages;
        if (eml != null) {
            sent = writeEml(s, messages, asOf);
        }
        s.print(format == Format.TABLE ? Tables.noticesTable(messages) : Tables.notices(messages));
        if (logged != null && !sent.isEmpty()) {
            appendToLog(logged, sent, asOf);
        }
        return ExitCodes.OK;
    }

    /**
     * The log as it is, read and checked before anything is written: a log that cannot be
     * read as text, or a folder where it cannot be written, stops the run with no .eml out.
     */
    private String logBefore() throws IOException {
        Path folder = log.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("--log " + log + ": the folder " + folder + " does not exist");
        }
        if (Files.exists(log) && !Files.isWritable(log)) {
            throw new UsageException("--log " + log + ": cannot be written: permission denied");
        }
        if (!Files.exists(log)) {
            return "";
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(log))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new shop.atp.input.InputException(new shop.atp.input.InputProblem(shop.atp.input.InputFile.nameOf(log), 0,
                    "holds bytes that are not UTF-8 text; it is not a notices log atp wrote"));
        }
    }

    /** Writes the .eml files; the messages written (an order with no usable address gets none, and is named). */
    private List<NoticeTexts.Rendered> writeEml(Session s, List<NoticeTexts.Rendered> messages, LocalDate asOf) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> byLowerCase = new java.util.HashMap<>();
        List<NoticeTexts.Rendered> written = new ArrayList<>();
        for (NoticeTexts.Rendered r : messages) {
            String refused = EmlMessage.refusal(r.notice().customer());
            if (refused != null) {
                s.warn("order " + r.notice().orderId() + ": no .eml written (" + refused + ")");
                continue;
            }
            String name = EmlMessage.fileName(r);
            // a file system that ignores case would make AB1 and ab1 one file
            String same = byLowerCase.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name);
            if (same != null) {
                name = name.substring(0, name.length() - 4) + "-" + (files.size() + 1) + ".eml";
            }
            files.put(name, EmlMessage.of(r, s.policy().notices(), asOf, s.policy().timezone()));
            written.add(r);
        }
        try {
            Outbox.write(eml, files);
        } catch (IOException e) {
            throw new UsageException("--eml " + eml + ": the messages cannot be written there (" + shop.atp.input.FileRefusal.reason(e)
                    + "); none was written");
        }
        return written;
    }

    /**
     * This run's messages after the log's rows, written atomically: a stopped run leaves the
     * log as it was. With --eml only the messages written as files are logged: one refused for
     * its address is due again once the address is fixed.
     */
    private void appendToLog(String before, List<NoticeTexts.Rendered> messages, LocalDate asOf) {
        StringBuilder rows = new StringBuilder(before);
        if (before.isBlank()) {
            rows.setLength(0);
            rows.append(String.join(",", NoticeLogReader.COLUMNS)).append('\n');
        } else if (!before.endsWith("\n")) {
            rows.append('\n');
        }
        for (NoticeTexts.Rendered r : messages) {
            DueNotice n = r.notice();
            rows.append(TableWriter.quoted(n.orderId(), ',')).append(',').append(n.kind().word()).append(',').append(asOf)
                    .append(',').append(n.shipBy() == null ? "" : n.shipBy()).append('\n');
        }
        OutputFiles.write(log, w -> w.write(rows.toString()));
    }
}
