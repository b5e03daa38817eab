package shop.atp.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * atp's own format, read from {@code formats/atp.yaml} in the jar: per kind of file its
 * default name, the name prefixes that find it in a --data folder, and its columns with their
 * aliases. Read once, the first time a kind's columns are asked for, and checked like every
 * YAML file atp reads.
 */
final class AtpFormat {

    static final String FILE = "atp.yaml";

    /** One kind of file in atp's format. */
    record File(String defaultName, List<String> prefixes, List<Column> columns) {
    }

    private AtpFormat() {
    }

    /** Loaded on first use (the holder idiom): no work at class initialisation of {@link InputKind}. */
    private static final class Loaded {
        static final Map<InputKind, File> FILES = load();
    }

    static File file(InputKind kind) {
        return Loaded.FILES.get(kind);
    }

    private static Map<InputKind, File> load() {
        try (InputStream in = AtpFormat.class.getResourceAsStream("/shop/atp/formats/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its format " + FILE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<InputKind, File> read(InputStream in) {
        YamlChecks yaml = new YamlChecks(FILE);
        Map<String, YamlNode.Entry> top = yaml.mapping(PolicyReader.document(FILE, in), "the format");
        yaml.refuseUnknown(top, Set.of("name", "files"), "");
        Map<InputKind, File> files = new EnumMap<>(InputKind.class);
        for (YamlNode.Entry f : yaml.mapping(top.get("files").value(), "files").values()) {
            InputKind kind = InputKind.byKey(f.key());
            if (kind == null) {
                throw yaml.error(f.line(), "files." + f.key() + ": not a kind of file atp reads");
            }
            Map<String, YamlNode.Entry> keys = yaml.mapping(f.value(), "files." + f.key());
            yaml.refuseUnknown(keys, Set.of("file", "prefixes", "columns"), "files." + f.key() + ".");
            List<Column> columns = new ArrayList<>();
            for (YamlNode.Entry c : yaml.mapping(keys.get("columns").value(), "columns").values()) {
                String path = "files." + f.key() + ".columns." + c.key();
                Map<String, YamlNode.Entry> rule = c.value().isNull() ? Map.of() : yaml.mapping(c.value(), path);
                yaml.refuseUnknown(rule, Set.of("required", "aliases"), path + ".");
                boolean required = rule.containsKey("required") && "true".equals(rule.get("required").value().text());
                List<String> aliases = rule.containsKey("aliases")
                        ? yaml.texts(rule.get("aliases"), path + ".aliases must be a list", path + ".aliases: each must be text")
                        : List.of();
                columns.add(new Column(c.key(), required, aliases));
            }
            List<String> prefixes = yaml.texts(keys.get("prefixes"), "prefixes must be a list", "prefixes: each must be text");
            files.put(kind, new File(yaml.text(keys.get("file"), "files." + f.key() + ".file"), prefixes, List.copyOf(columns)));
        }
        for (InputKind kind : InputKind.values()) {
            if (!files.containsKey(kind)) {
                throw yaml.error(0, "files: the kind " + kind.key() + " has no columns");
            }
        }
        return files;
    }
}
