package shop.atp.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Summarises a JFR recording of one atp run: where the execution samples of the Java threads
 * fall, by phase (read / analysis / findings / write, from the bottom of the stack), by layer
 * (the first frame from the top in FastCSV, shop.atp.input, shop.atp.domain,
 * shop.atp.output, ...), by self method and by inclusive shop.atp method; plus the GC pauses.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar shop.atp.bench.JfrHotSpots rec.jfr [TOP]}
 */
public final class JfrHotSpots {

    private final Map<String, Integer> phases = new LinkedHashMap<>();
    /** Per phase: first and last sample time (epoch ns); the phases run one after another on main. */
    private final Map<String, long[]> phaseSpan = new java.util.TreeMap<>();
    private long firstEvent = Long.MAX_VALUE;
    private long lastEvent = Long.MIN_VALUE;
    private final Map<String, Integer> layers = new HashMap<>();
    private final Map<String, Integer> selfMethods = new HashMap<>();
    private final Map<String, Integer> firstAppMethods = new HashMap<>();
    private final Map<String, Integer> inclusiveApp = new HashMap<>();
    private final Map<String, Integer> threads = new HashMap<>();
    private int samples;
    private int gcCount;
    private Duration gcPause = Duration.ZERO;
    private Duration gcTotal = Duration.ZERO;
    private long maxHeapUsed;
    /** GC events: start (epoch ns) and pause (ns). */
    private final List<long[]> gcs = new java.util.ArrayList<>();
    /** Per phase: first shop.atp frame from the top → samples. */
    private final Map<String, Map<String, Integer>> phaseMethods = new java.util.TreeMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrHotSpots RECORDING.jfr [TOP]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        JfrHotSpots s = new JfrHotSpots();
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            s.accept(e);
        }
        s.print(top);
    }

    private void accept(RecordedEvent e) {
        long t = nanos(e.getStartTime());
        firstEvent = Math.min(firstEvent, t);
        lastEvent = Math.max(lastEvent, nanos(e.getEndTime()));
        switch (e.getEventType().getName()) {
            case "jdk.ExecutionSample" -> sample(e);
            case "jdk.GarbageCollection" -> {
                gcCount++;
                gcTotal = gcTotal.plus(e.getDuration());
                gcPause = gcPause.plus(e.getDuration("sumOfPauses"));
                gcs.add(new long[]{nanos(e.getStartTime()), e.getDuration("sumOfPauses").toNanos()});
            }
            case "jdk.GCHeapSummary" -> maxHeapUsed = Math.max(maxHeapUsed, e.getLong("heapUsed"));
            default -> {
            }
        }
    }

    private void sample(RecordedEvent e) {
        RecordedStackTrace st = e.getStackTrace();
        if (st == null) {
            return;
        }
        List<RecordedFrame> frames = st.getFrames();
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
        threads.merge(thread, 1, Integer::sum);
        selfMethods.merge(name(frames.get(0)), 1, Integer::sum);

        String layer = "JDK only (JVM start-up, class loading)";
        for (RecordedFrame f : frames) { // JDK and helper libraries count toward their caller
            String found = layerOf(cls(f));
            if (found != null) {
                layer = found;
                break;
            }
        }
        layers.merge(layer, 1, Integer::sum);

        String firstApp = "(no shop.atp frame)";
        for (RecordedFrame f : frames) {
            if (cls(f).startsWith("shop.atp.")) {
                firstApp = name(f);
                firstAppMethods.merge(firstApp, 1, Integer::sum);
                break;
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (RecordedFrame f : frames) {
            if (cls(f).startsWith("shop.atp.") && seen.add(name(f))) {
                inclusiveApp.merge(name(f), 1, Integer::sum);
            }
        }

        String phase = "0 start-up (picocli, policy)";
        for (RecordedFrame f : frames) {
            if (cls(f).startsWith("shop.atp.cli.") && cls(f).endsWith("Command") && f.getMethod().getName().equals("call")) {
                phase = "5 command glue (shop.atp.cli, e.g. the --sku filter)";
                break;
            }
        }
        for (int i = frames.size() - 1; i >= 0; i--) {
            String cls = cls(frames.get(i));
            String m = frames.get(i).getMethod().getName();
            if (cls.equals("shop.atp.input.ShopReader") && m.equals("read")) {
                phase = "1 read (parse + ShopBuilder)";
                break;
            }
            if (cls.equals("shop.atp.domain.Analysis") && m.equals("findings")) {
                phase = "3 findings (Analysis.findings)";
                break;
            }
            if (cls.equals("shop.atp.domain.Analysis")) {
                phase = "2 analysis (Analysis.of: allocation, pictures; decisions)";
                break;
            }
            if (cls.startsWith("shop.atp.output.")) {
                phase = "4 write (shop.atp.output)";
                break;
            }
        }
        phases.merge(phase, 1, Integer::sum);
        phaseMethods.computeIfAbsent(phase, k -> new HashMap<>()).merge(firstApp, 1, Integer::sum);
        if ("main".equals(thread)) {
            long t = nanos(e.getStartTime());
            long[] span = phaseSpan.computeIfAbsent(phase, k -> new long[]{Long.MAX_VALUE, Long.MIN_VALUE});
            span[0] = Math.min(span[0], t);
            span[1] = Math.max(span[1], t);
        }
    }

    private static long nanos(java.time.Instant i) {
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private static String cls(RecordedFrame f) {
        return f.getMethod().getType().getName();
    }

    private static String name(RecordedFrame f) {
        return cls(f) + "." + f.getMethod().getName();
    }

    private static String layerOf(String cls) {
        if (cls.startsWith("de.siegmar.fastcsv.")) {
            return "parse: FastCSV (de.siegmar.fastcsv.*)";
        }
        if (cls.startsWith("shop.atp.input.")) {
            return "parse: shop.atp.input.* (+ JDK below it)";
        }
        if (cls.startsWith("shop.atp.domain.")) {
            return "analysis: shop.atp.domain.* (+ JDK below it)";
        }
        if (cls.startsWith("shop.atp.output.")) {
            return "output: shop.atp.output.* (+ JDK below it)";
        }
        if (cls.startsWith("shop.atp.cli.")) {
            return "cli: shop.atp.cli.*";
        }
        if (cls.startsWith("picocli.")) {
            return "cli: picocli";
        }
        if (cls.startsWith("com.fasterxml.") || cls.startsWith("org.yaml.")) {
            return "policy: jackson/snakeyaml";
        }
        return null; // JDK, ...: look further down the stack
    }

    private void print(int top) {
        System.out.printf(Locale.ROOT, "execution samples (Java threads): %d%n", samples);
        table("threads", threads, top);
        System.out.printf(Locale.ROOT, "%n== wall-clock span of each phase on the main thread (first..last sample, s from the first"
                + " recorded event; %.3f s recorded in all)%n", (lastEvent - firstEvent) / 1e9);
        System.out.println("  (GC = stop-the-world pauses that started inside the span; start-up and command glue"
                + " interleave with the phases, so they are not shown)");
        phaseSpan.forEach((phase, span) -> {
            if (phase.startsWith("0") || phase.startsWith("5")) {
                return;
            }
            long gc = 0;
            for (long[] g : gcs) {
                if (g[0] >= span[0] && g[0] <= span[1]) {
                    gc += g[1];
                }
            }
            System.out.printf(Locale.ROOT, "  %6.3f .. %6.3f  = %6.3f s (GC %5.3f s)  %s%n",
                    (span[0] - firstEvent) / 1e9, (span[1] - firstEvent) / 1e9, (span[1] - span[0]) / 1e9, gc / 1e9,
                    phase);
        });
        table("by phase (bottom-most marker frame on the stack)", phases, top);
        phaseMethods.forEach((phase, methods) -> {
            int n = methods.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf(Locale.ROOT, "%n== phase %s: %d samples, by first shop.atp frame from the top%n", phase, n);
            methods.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(Math.min(top, 12))
                    .forEach(en -> System.out.printf(Locale.ROOT, "%6d %5.1f%% of phase  %s%n", en.getValue(),
                            100.0 * en.getValue() / n, en.getKey()));
        });
        table("by layer (first FastCSV / shop.atp / picocli / jackson frame from the top)", layers, top);
        table("self time: top frame", selfMethods, top);
        table("first shop.atp frame from the top (the atp code that spent it, JDK/FastCSV calls included)",
                firstAppMethods, top);
        table("inclusive: shop.atp methods on the stack", inclusiveApp, top);
        System.out.printf(Locale.ROOT, "%nGC: %d collections, pauses %.3f s (total GC duration %.3f s), max heap used %.0f MiB%n",
                gcCount, gcPause.toNanos() / 1e9, gcTotal.toNanos() / 1e9, maxHeapUsed / 1048576.0);
    }

    private void table(String title, Map<String, Integer> counts, int top) {
        System.out.printf(Locale.ROOT, "%n== %s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(en -> System.out.printf(Locale.ROOT, "%6d %5.1f%%  %s%n", en.getValue(),
                        100.0 * en.getValue() / Math.max(1, samples), en.getKey()));
    }
}
