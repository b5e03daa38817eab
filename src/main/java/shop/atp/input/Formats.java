package shop.atp.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The formats atp reads an export through (SPEC "Formats"): {@code atp} (this contract's
 * columns and aliases, and the policy's {@code columns:}) and the platforms' exports, each a
 * YAML file in the jar or in DATA/formats/ (which adds one, or replaces a built-in of the
 * same name). A file's format is the one it is named with ({@code FORMAT:PATH}), else the one
 * whose signature columns its header all has, the most specific winning, else atp's.
 */
public final class Formats {

    /** atp's own format: SPEC's columns and aliases, and the policy's {@code columns:}. */
    public static final String ATP = "atp";
    /** The built-in formats, as files under /shop/atp/formats/ in the jar. */
    private static final List<String> BUILT_IN = List.of("shopify-orders", "shopify-inventory", "shopify-inventory-2023", "woocommerce-orders",
            "amazon-all-orders", "amazon-unshipped", "tiktok-orders", "shopify-products", "woocommerce-products", "ebay-orders", "woocommerce-stock", "shopify-inventory-available",
            "shopify-products-stock");

    private final Map<String, Format> byName;

    private Formats(Map<String, Format> byName) {
        this.byName = byName;
    }

    /** The built-in formats. */
    public static Formats builtIn() {
        Map<String, Format> formats = new LinkedHashMap<>();
        for (String name : BUILT_IN) {
            String file = name + ".yaml";
            try (InputStream in = Formats.class.getResourceAsStream("/shop/atp/formats/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks its format " + file);
                }
                Format f = FormatReader.read(file, in, "built-in");
                formats.put(f.name(), f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Formats(formats);
    }

    /** The built-in formats and those of {@code dir} (DATA/formats/, when there), checked like the policy. */
    public static Formats withFolder(Path dir) {
        Formats formats = builtIn();
        if (dir == null || !Files.isDirectory(dir)) {
            return formats;
        }
        Map<String, Format> all = new LinkedHashMap<>(formats.byName);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".yaml")
                    || f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    Format f = FormatReader.read(p.toString(), in, p.toString());
                    if (f.name().equals(ATP)) {
                        throw new PolicyException(p.toString(), 0, "the name \"atp\" is atp's own format; choose another");
                    }
                    all.put(f.name(), f);
                }
            }
        } catch (IOException e) {
            throw new PolicyException(dir.toString(), 0, "cannot be read: " + e.getMessage());
        }
        return new Formats(all);
    }

    /** Every format's name, atp's first. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(ATP);
        names.addAll(byName.keySet());
        return names;
    }

    /** Every platform format, in name order of the built-ins, then a folder's. */
    public List<Format> all() {
        return List.copyOf(byName.values());
    }

    public boolean has(String name) {
        return name.equals(ATP) || byName.containsKey(name);
    }

    /**
     * For a header that fits no format of {@code kind}: the formats of that kind that come
     * closest (fewest signature columns missing, and at least half of them there), each with
     * the columns it misses, e.g. {@code shopify-orders (missing: Lineitem fulfillment status)};
     * empty when none comes that close.
     */
    String closest(InputKind kind, String[] header) {
        Set<String> headers = normalized(header);
        int fewest = Integer.MAX_VALUE;
        List<String> closest = new ArrayList<>();
        for (Format f : byName.values()) {
            if (f.kind() != kind) {
                continue;
            }
            List<String> missing = f.signature().stream().filter(s -> !headers.contains(Column.normalize(s))).toList();
            int matched = f.signature().size() - missing.size();
            if (matched < Math.max(2, (f.signature().size() + 1) / 2)) {
                // too little in common to be that platform's export: no hint rather than a misleading one
                continue;
            }
            if (missing.size() < fewest) {
                fewest = missing.size();
                closest.clear();
            }
            if (missing.size() == fewest) {
                closest.add(f.name() + " (missing: " + String.join(", ", missing) + ")");
            }
        }
        return String.join("; ", closest);
    }

    /**
     * The platform format to read a file of {@code kind} with this header through, or null for
     * atp's own. {@code named} is the format of {@code FORMAT:PATH}, or null to recognise it.
     */
    Format forHeader(String file, InputKind kind, String[] header, String named) {
        if (named != null) {
            if (named.equals(ATP)) {
                return null;
            }
            Format f = byName.get(named);
            if (f == null) {
                throw new InputException(new InputProblem(file, 0, "no format \"" + named + "\"; the formats are: "
                        + String.join(", ", names())));
            }
            if (f.kind() != kind) {
                throw new InputException(new InputProblem(file, 0, "the format " + named + " is for " + f.kind().key()
                        + " files, not " + kind.key()));
            }
            return f;
        }
        Set<String> headers = normalized(header);
        Format best = null;
        Format tie = null;
        for (Format f : byName.values()) {
            if (f.kind() != kind || !f.signature().stream().allMatch(s -> headers.contains(Column.normalize(s)))) {
                continue;
            }
            if (best == null || f.signature().size() > best.signature().size()) {
                best = f;
                tie = null;
            } else if (f.signature().size() == best.signature().size()) {
                tie = f;
            }
        }
        if (tie != null) {
            throw new InputException(new InputProblem(file, 1, "fits the formats " + best.name() + " and " + tie.name()
                    + " equally; name one: --" + kind.key() + " " + best.name() + ":" + file));
        }
        return best;
    }

    /** The header's names as {@link Column#normalize} compares them. */
    private static Set<String> normalized(String[] header) {
        Set<String> headers = new HashSet<>();
        for (String h : header) {
            headers.add(Column.normalize(h));
        }
        return headers;
    }
}
