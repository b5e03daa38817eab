package shop.atp.input;

import com.fasterxml.jackson.core.JsonToken;

import java.util.ArrayList;
import java.util.List;
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
        List<PolicyException> unknown = unknown(keys, known, path);
        if (!unknown.isEmpty()) {
            throw unknown.get(0);
        }
    }

    /** A problem for each key not among {@code known}. */
    List<PolicyException> unknown(Map<String, YamlNode.Entry> keys, Set<String> known, String path) {
        List<PolicyException> unknown = new java.util.ArrayList<>();
        for (YamlNode.Entry e : keys.values()) {
            if (!known.contains(e.key())) {
                unknown.add(error(e.line(), "unknown key \"" + path + e.key() + "\"; known keys here: "
                        + String.join(", ", known.stream().sorted().toList())));
            }
        }
        return unknown;
    }

    /** A value holding text: not a mapping, a list, nothing or blank. */
    static boolean isText(YamlNode v) {
        return !(v.isMap() || v.isList() || v.isNull() || v.text() == null || v.text().isBlank());
    }

    /** The texts of a list; {@code notList} and {@code notText} say what is wrong when it is no list or an item no text. */
    List<String> texts(YamlNode.Entry e, String notList, String notText) {
        if (!e.value().isList()) {
            throw error(e.line(), notList);
        }
        List<String> texts = new ArrayList<>();
        for (YamlNode item : e.value().list()) {
            if (!isText(item)) {
                throw error(item.line(), notText);
            }
            texts.add(item.text());
        }
        return texts;
    }

    /** The entry's text; {@code path} names it when it is none. */
    String text(YamlNode.Entry e, String path) {
        if (!isText(e.value())) {
            throw error(e.line(), path + " must be text (found " + shown(e.value()) + ")");
        }
        return e.value().text();
    }

    /** The entry's true or false; {@code path} names it when it is neither. */
    boolean bool(YamlNode.Entry e, String path) {
        JsonToken t = e.value().token();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw error(e.line(), path + " must be true or false (found " + shown(e.value()) + ")");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** A value as a message shows it: "a mapping", "a list", "nothing" or its text in quotes. */
    static String shown(YamlNode v) {
        if (v.isMap()) {
            return "a mapping";
        }
        if (v.isList()) {
            return "a list";
        }
        return v.isNull() ? "nothing" : "\"" + v.text() + "\"";
    }

    PolicyException error(int line, String message) {
        return new PolicyException(file, line, message);
    }
}
