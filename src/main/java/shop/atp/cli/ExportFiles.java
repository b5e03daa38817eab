package shop.atp.cli;

import shop.atp.input.Formats;
import shop.atp.input.InputFile;
import shop.atp.input.InputKind;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which exports a run reads (SPEC "Several files of a kind"), and the formats they may be in:
 * per kind, the files the flags name in the order given (each may be {@code FORMAT:PATH}),
 * else the --data folder's files of that kind in name order, else the kind's default name.
 */
final class ExportFiles {

    private final CommonOptions options;
    private final Path dataDir;
    private Formats formats;
    /** `listings --current`: the platform's export of its listings, or null. */
    private InputFile current;
    /** What {@link #list} found, once checked. */
    private List<InputFile> listed;

    ExportFiles(CommonOptions options, Path dataDir) {
        this.options = options;
        this.dataDir = dataDir;
    }

    /**
     * Every file the shop is read from, kind by kind; one input (the policy and --current
     * included) from standard input at most, and none twice (but a products export that is the
     * on-hand file too).
     */
    List<InputFile> list() {
        if (listed == null) {
            listed = List.copyOf(listAndCheck());
        }
        return listed;
    }

    private List<InputFile> listAndCheck() {
        List<InputFile> files = new ArrayList<>();
        files.addAll(files(InputKind.ON_HAND, options.onHand, false));
        files.addAll(files(InputKind.PURCHASE_ORDERS, options.purchaseOrders, false));
        files.addAll(files(InputKind.ORDERS, options.orders, false));
        files.addAll(files(InputKind.PRODUCTS, options.products, true));
        long fromStdin = files.stream().filter(f -> f.path() == null).count()
                + ("-".equals(options.policy) ? 1 : 0) + (current != null && current.path() == null ? 1 : 0);
        if (fromStdin > 1) {
            throw new UsageException("only one input can come from standard input ('-')");
        }
        Map<Path, InputFile> seen = new HashMap<>();
        for (InputFile f : files) {
            if (f.path() == null) {
                continue;
            }
            InputFile first = seen.putIfAbsent(f.path().toAbsolutePath().normalize(), f);
            if (first != null && !productsAlsoOnHand(first, f)) {
                throw new UsageException("--" + f.kind().key() + " " + f.path() + " is given twice"
                        + (first.kind() == f.kind() ? "" : " (as --" + first.kind().key() + " too)") + "; each file is read once");
            }
        }
        return files;
    }

    /**
     * A products export that is the on-hand file too (SPEC "Products": its stock figures are
     * on-hand when it is given as an on-hand file): the one file read as two kinds.
     */
    private static boolean productsAlsoOnHand(InputFile first, InputFile second) {
        return java.util.EnumSet.of(first.kind(), second.kind()).equals(java.util.EnumSet.of(InputKind.ON_HAND, InputKind.PRODUCTS));
    }

    private List<InputFile> files(InputKind kind, List<String> given, boolean optional) {
        if (!given.isEmpty()) {
            return given.stream().map(option -> named("--" + kind.key(), kind, option)).toList();
        }
        List<Path> found = InputFile.inFolder(dataDir, kind);
        if (found.isEmpty()) {
            Path path = dataDir.resolve(kind.defaultFileName());
            return List.of(new InputFile(kind, InputFile.nameOf(path), path, optional));
        }
        return found.stream().map(p -> new InputFile(kind, InputFile.nameOf(p), p, false)).toList();
    }

    /**
     * The platform's export of its listings (`listings --current`, may be {@code FORMAT:PATH});
     * it may be a file the shop is read from too (Shopify's products export), so it is not
     * "given twice".
     */
    void current(String option) {
        current = option == null ? null : named("--current", InputKind.LISTINGS, option);
        listed = null;
    }

    InputFile current() {
        return current;
    }

    /** The built-in formats and DATA/formats/. */
    Formats formats() {
        if (formats == null) {
            formats = Formats.withFolder(formatsFolder());
        }
        return formats;
    }

    /**
     * Whether the merchant has formats of their own in DATA/formats/; when so they are loaded
     * and checked now, like the policy, on every run whether a file needs them or not.
     */
    boolean merchantFormats() {
        boolean any = Files.isDirectory(formatsFolder());
        if (any) {
            formats();
        }
        return any;
    }

    private Path formatsFolder() {
        return dataDir.resolve("formats");
    }

    /** A file named on the command line: {@code PATH}, {@code -}, or {@code FORMAT:PATH} for a format atp knows. */
    private InputFile named(String flag, InputKind kind, String option) {
        String format = null;
        String path = option;
        int colon = option.indexOf(':');
        if (colon > 0 && formats().has(option.substring(0, colon))) {
            format = option.substring(0, colon);
            path = option.substring(colon + 1);
        } else if (colon > 0 && option.substring(0, colon).matches("[A-Za-z][A-Za-z0-9_-]*")
                && !Files.exists(Path.of(option), LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(flag + " " + option + ": no format \"" + option.substring(0, colon)
                    + "\"; the formats are: " + String.join(", ", formats().names(kind)));
        }
        if ("-".equals(path)) {
            return InputFile.stdin(kind, format);
        }
        Path p = Path.of(path);
        return new InputFile(kind, InputFile.nameOf(p), p, false, format);
    }
}
