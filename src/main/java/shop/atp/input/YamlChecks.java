package shop.atp.input;

import java.util.Map;
import java.util.Set;

/**
 * The checks every YAML document atp reads (the policy, a format) makes of its tree, each
 * failure a {@link PolicyException} naming the file, the key's path and its line.
 */
final class YamlChecks {

    private final String file;

    YamlChecks(String file) {
        this.file = file;
    }

    /** The node's keys; it must be a mapping. */
    Map<String, YamlNode.Entry> mapping(YamlNode node, String path) {
        if (node == null || !node.isMap()) {
            throw error(node == null ? 0 : node.line(), path + " must be a mapping of keys to values");
        }
        return node.map();
    }

    /** Every key must be one of {@code known}; {@code path} is what the keys' names follow ("backorder."). */
    void refuseUnknown(Map<String, YamlNode.Entry> keys, Set<String> known, String path) {
        for (YamlNode.Entry e : keys.values()) {
            if (!known.contains(e.key())) {
                throw error(e.line(), "unknown key \"" + path + e.key() + "\"; known keys here: "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    PolicyException error(int line, String message) {
        return new PolicyException(file, line, message);
    }
}
