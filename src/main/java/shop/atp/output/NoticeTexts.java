package shop.atp.output;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import shop.atp.domain.DueNotice;
import shop.atp.domain.NoticeKind;
import shop.atp.domain.NoticeSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the customer notices, from Mustache templates (JMustache): a template per kind,
 * its first line the subject. Built-in templates follow the seed playbook's wording; a
 * merchant's own are checked when loaded: a variable atp does not give is an error naming the
 * template's line, never a blank in a customer's mail. Text mail is not HTML: nothing is escaped.
 */
public final class NoticeTexts {

    /** A template that cannot be used: its file, line (0 when unknown) and what is wrong. */
    public static final class TemplateProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String file;
        private final int line;

        TemplateProblem(String file, int line, String message) {
            super(message);
            this.file = file;
            this.line = line;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }
    }

    /** A notice with its texts. */
    public record Rendered(DueNotice notice, String subject, String body) {
    }

    /** The variables of a message, with what each holds (the README lists them with examples). */
    static final Set<String> VARIABLES = Set.of("shop_name", "signature", "order_id", "customer", "channel", "kind",
            "ship_by", "has_ship_by", "told_ship_by", "has_told", "on_track", "position", "queue_size", "has_position",
            "product", "preorder", "backorder", "status", "arrival", "has_arrival", "lines", "sku", "units", "units_text",
            "promised", "has_date");
    /** The variables of each line in {@code {{#lines}}} (outside it, those of the first waiting line). */
    static final Set<String> LINE_VARIABLES = Set.of("product", "sku", "units", "units_text", "promised", "has_date",
            "preorder", "status", "arrival", "has_arrival");

    private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(false).strictSections(true);

    /** A kind's subject (its template's first line) and body, compiled apart so that no value can end the subject. */
    private record Compiled(Template subject, Template body) {
    }

    private final Map<NoticeKind, Compiled> templates;
    private final NoticeSettings settings;

    private NoticeTexts(Map<NoticeKind, Compiled> templates, NoticeSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    /** atp's own wording. */
    public static NoticeTexts builtIn(NoticeSettings settings) {
        return of(builtInTexts(), kind -> kind.word() + ".mustache", settings);
    }

    /** The built-in templates' texts, for the kinds a merchant's folder leaves out. */
    public static Map<NoticeKind, String> builtInTexts() {
        Map<NoticeKind, String> texts = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            try (InputStream in = NoticeTexts.class.getResourceAsStream("/shop/atp/notices/" + kind.word() + ".mustache")) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks its " + kind.word() + " template");
                }
                texts.put(kind, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    /**
     * The merchant's templates, each checked: it compiles, has a subject line, and names only
     * variables atp gives. {@code fileName} names a kind's file in messages.
     */
    public static NoticeTexts of(Map<NoticeKind, String> texts, java.util.function.Function<NoticeKind, String> fileName,
                                 NoticeSettings settings) {
        Map<NoticeKind, Compiled> compiled = new EnumMap<>(NoticeKind.class);
        for (Map.Entry<NoticeKind, String> e : texts.entrySet()) {
            String file = fileName.apply(e.getKey());
            String text = e.getValue().replace("\r\n", "\n");
            int eol = text.indexOf('\n');
            if (text.contains("{{=")) {
                throw new TemplateProblem(file, lineOfText(text, text.indexOf("{{=")), "changes the Mustache delimiters; "
                        + "keep {{ and }} so that every variable can be checked");
            }
            if (text.isBlank() || eol < 0) {
                throw new TemplateProblem(file, 1, "needs the subject on its first line and the body below it");
            }
            Template subject = compile(text.substring(0, eol), file, 0);
            Template body = compile(text.substring(eol + 1), file, 1);
            checkClosed(subject, text, file);
            checkClosed(body, text, file);
            checkVariables(subject, text, file);
            checkVariables(body, text, file);
            compiled.put(e.getKey(), new Compiled(subject, body));
        }
        return new NoticeTexts(compiled, settings);
    }

    private static Template compile(String text, String file, int linesBefore) {
        try {
            return COMPILER.compile(text);
        } catch (MustacheException e) {
            int line = lineOf(e);
            // the engine's "@ line N" counts from the part compiled; the problem's line is the file's
            String what = String.valueOf(e.getMessage()).replaceFirst("\\s*@ line \\d+\\s*$", "");
            throw new TemplateProblem(file, line == 0 ? 0 : line + linesBefore, "is not a Mustache template: " + what);
        }
    }

    /**
     * Every tag is closed. JMustache keeps a "{{" that is never closed as text (and starts
     * again at the next "{{"), which would send the merchant's half-written tag to customers;
     * with the delimiters fixed at {{ }}, a "{{" left in the text is such a tag.
     */
    private static void checkClosed(Template t, String text, String file) {
        List<String> unclosed = new ArrayList<>();
        t.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String s) {
                int open = s.indexOf("{{");
                if (open >= 0) {
                    unclosed.add(s.substring(open));
                }
            }

            @Override
            public void visitVariable(String name) {
            }

            @Override
            public boolean visitInclude(String name) {
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                return true;
            }
        });
        if (!unclosed.isEmpty()) {
            String tag = unclosedTag(unclosed.get(0));
            throw new TemplateProblem(file, lineOfUnclosed(text, tag), "is not a Mustache template: the tag \""
                    + (tag.length() > 40 ? tag.substring(0, 40) + "…" : tag) + "\" is not closed with }}");
        }
    }

    /** The tag as written: from its "{{" to the end of its line or the next "{{", blanks after it left out. */
    private static String unclosedTag(String fromOpen) {
        int end = fromOpen.indexOf('\n');
        int next = fromOpen.indexOf("{{", 2);
        if (next >= 0 && (end < 0 || next < end)) {
            end = next;
        }
        return (end < 0 ? fromOpen : fromOpen.substring(0, end)).stripTrailing();
    }

    /** The line of the tag where nothing closes it (the same text may be closed elsewhere), 0 if not found. */
    private static int lineOfUnclosed(String text, String tag) {
        Matcher m = Pattern.compile(Pattern.quote(tag) + "[ \\t]*(?=\\n|\\{\\{|\\z)").matcher(text);
        return m.find() ? lineOfText(text, m.start()) : 0;
    }

    private static int lineOf(MustacheException e) {
        if (e instanceof MustacheException.Context c) {
            return c.lineNo;
        }
        Matcher m = Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Every variable and section name must be one atp gives (inside {{#lines}}, a line's too). */
    private static void checkVariables(Template t, String text, String file) {
        List<String> unknown = new ArrayList<>();
        t.visit(new Mustache.Visitor() {
            private int inLines;

            @Override
            public void visitText(String s) {
            }

            @Override
            public void visitVariable(String name) {
                check(name);
            }

            @Override
            public boolean visitInclude(String name) {
                unknown.add(">" + name);
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                check(name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                check(name);
                return true;
            }

            private void check(String name) {
                boolean known = VARIABLES.contains(name);
                if (!known) {
                    unknown.add(name);
                }
            }
        });
        if (!unknown.isEmpty()) {
            String name = unknown.get(0);
            if (name.startsWith(">")) {
                throw new TemplateProblem(file, lineOfTag(text, name.substring(1)), "includes the template \""
                        + name.substring(1) + "\"; notices templates cannot include others");
            }
            throw new TemplateProblem(file, lineOfTag(text, name), "unknown variable \"" + name + "\"; the variables are: "
                    + String.join(", ", new java.util.TreeSet<>(VARIABLES)) + "; in {{#lines}}: "
                    + String.join(", ", new java.util.TreeSet<>(LINE_VARIABLES)));
        }
    }

    private static int lineOfText(String text, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineOfTag(String text, String name) {
        Matcher m = Pattern.compile("\\{\\{\\{?[#^/>&]?\\s*" + Pattern.quote(name) + "\\s*}?}}").matcher(text);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public Rendered render(DueNotice n) {
        Compiled t = templates.get(n.kind());
        Map<String, Object> context = context(n);
        try {
            return new Rendered(n, oneLine(t.subject().execute(context)).strip(), t.body().execute(context));
        } catch (MustacheException e) {
            throw new TemplateProblem(n.kind().word() + ".mustache", lineOf(e), e.getMessage());
        }
    }

    /** A subject is one line: a line break from the data becomes a space. */
    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }

    /** The template variables of one notice. */
    Map<String, Object> context(DueNotice n) {
        Map<String, Object> c = new HashMap<>();
        c.put("shop_name", settings.shopName());
        c.put("signature", settings.shopName().isEmpty() ? "The team" : "The " + settings.shopName() + " team");
        c.put("order_id", n.orderId());
        c.put("customer", n.customer());
        c.put("channel", n.channel());
        c.put("kind", n.kind().word());
        c.put("ship_by", text(n.shipBy()));
        c.put("has_ship_by", n.shipBy() != null);
        c.put("told_ship_by", text(n.lastTold()));
        c.put("has_told", n.lastTold() != null);
        c.put("on_track", n.shipBy() != null && n.lastTold() != null && !n.shipBy().isAfter(n.lastTold()));
        c.put("position", n.position() == null ? "" : n.position());
        c.put("queue_size", n.queueSize() == null ? "" : n.queueSize());
        c.put("has_position", n.position() != null);
        c.put("preorder", n.anyPreorder());
        c.put("backorder", n.lines().stream().anyMatch(l -> !l.preorder()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (DueNotice.WaitingLine l : n.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("product", l.title().isEmpty() ? l.sku() : l.title());
            line.put("sku", l.sku());
            line.put("units", l.units());
            line.put("units_text", Summaries.plural(l.units(), "unit"));
            line.put("promised", l.promised() == null ? "no date yet" : l.promised().toString());
            line.put("has_date", l.promised() != null);
            line.put("preorder", l.preorder());
            line.put("status", status(l.stock()));
            line.put("arrival", text(l.arrival()));
            line.put("has_arrival", l.arrival() != null);
            lines.add(line);
        }
        c.put("lines", lines);
        // outside {{#lines}} a line's variables are those of the first waiting line
        for (Map.Entry<String, Object> e : lines.get(0).entrySet()) {
            if (!e.getKey().equals("preorder")) {
                c.put(e.getKey(), e.getValue());
            }
        }
        return c;
    }

    /** The playbook's words for where the stock is. */
    static String status(DueNotice.Stock stock) {
        return switch (stock) {
            case IN_TRANSIT -> "Inventory in transit from supplier";
            case IN_PRODUCTION -> "In production";
            case AWAITING_CONFIRMATION -> "Waiting for the supplier's confirmed date";
        };
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
