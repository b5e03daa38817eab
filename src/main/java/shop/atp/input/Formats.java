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
            "amazon-orders", "amazon-unshipped", "tiktok-orders", "shopify-products", "woocommerce-products", "ebay-orders", "woocommerce-stock", "shopify-inventory-available",
            "shopify-products-stock", "shopify-listings", "shopify-listings-2025", "woocommerce-listings", "amazon-listings",
            "ebay-listings");

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
            throw new PolicyException(dir.toString(), 0, "cannot be read: " + FileRefusal.reason(e));
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

    /** The names of the formats a file of {@code kind} may be in: atp's and the platforms' for a shop's file. */
    public List<String> names(InputKind kind) {
        List<String> names = new ArrayList<>();
        if (kind != InputKind.LISTINGS) {
            names.add(ATP);
        }
        byName.values().stream().filter(f -> (f.kind() == InputKind.LISTINGS) == (kind == InputKind.LISTINGS))
                .forEach(f -> names.add(f.name()));
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
        return closest(header, f -> f.kind() == kind);
    }

    private String closest(String[] header, java.util.function.Predicate<Format> candidates) {
        Set<String> headers = normalized(header);
        int fewest = Integer.MAX_VALUE;
        List<String> closest = new ArrayList<>();
        for (Format f : byName.values()) {
            if (!candidates.test(f)) {
                continue;
            }
            List<String> missing = missing(f, headers);
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

    /** The format's signature columns the header (its names normalised) lacks. */
    private static List<String> missing(Format f, Set<String> headers) {
        return f.signature().stream().filter(s -> !headers.contains(Column.normalize(s))).toList();
    }

    /**
     * The platform format to read a file of {@code kind} with this header through, or null for
     * atp's own. {@code named} is the format of {@code FORMAT:PATH}, or null to recognise it.
     */
    Format forHeader(String file, InputKind kind, String[] header, int headerLine, String named) {
        if (named != null) {
            if (named.equals(ATP)) {
                return null;
            }
            Format f = byName.get(named);
            if (f == null) {
                throw new InputException(new InputProblem(file, 0, "no format \"" + named + "\"; the formats are: "
                        + String.join(", ", names(kind))));
            }
            if (f.kind() != kind) {
                throw new InputException(new InputProblem(file, 0, "the format " + named + " is for " + f.kind().key()
                        + " files, not " + kind.key()));
            }
            List<String> missing = missing(f, normalized(header));
            if (!missing.isEmpty()) {
                throw new InputException(new InputProblem(file, headerLine, "is not in the " + named + " format: it lacks the column"
                        + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)));
            }
            return f;
        }
        return best(file, header, f -> f.kind() == kind, "--" + kind.key());
    }

    /**
     * The format a platform's listings export (--current of `listings`) is in: named with
     * {@code FORMAT:PATH}, else recognised from its header among that platform's listings
     * formats. A header that fits none is an error that names the closest and what they miss.
     */
    public Format forListings(String file, String platform, String[] header, String named) {
        java.util.function.Predicate<Format> candidates = f -> f.kind() == InputKind.LISTINGS && platform.equals(f.platform());
        if (named != null) {
            Format f = byName.get(named);
            if (f == null || !candidates.test(f)) {
                throw new InputException(new InputProblem(file, 0, "no " + platform + " listings format \"" + named
                        + "\"; those there are: " + String.join(", ", byName.values().stream().filter(candidates)
                        .map(Format::name).toList())));
            }
            return f;
        }
        Format best = best(file, header, candidates, "--current");
        if (best != null) {
            return best;
        }
        String closest = closest(header, candidates);
        List<String> expected = byName.values().stream().filter(candidates)
                .map(f -> f.name() + " (" + String.join(", ", f.signature()) + ")").toList();
        throw new InputException(new InputProblem(file, 1, "is not " + platform + "'s listings export: "
                + (closest.isEmpty() ? "no format fits; they need " + String.join("; ", expected)
                : "the closest: " + closest)));
    }

    /** The most specific format among {@code candidates} whose signature the header has; null when none. */
    private Format best(String file, String[] header, java.util.function.Predicate<Format> candidates, String option) {
        Set<String> headers = normalized(header);
        Format best = null;
        Format tie = null;
        for (Format f : byName.values()) {
            if (!candidates.test(f) || !f.signature().stream().allMatch(s -> headers.contains(Column.normalize(s)))) {
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
                    + " equally; name one: " + option + " " + best.name() + ":" + file));
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
