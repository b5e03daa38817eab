package shop.atp.input;

import com.fasterxml.jackson.core.JsonToken;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the policy document with the line it stands on, so that every policy error can
 * name the key and its line. Mappings keep their key order.
 */
record YamlNode(JsonToken token, String text, int line, Map<String, Entry> map, List<YamlNode> list) {

    /** A key of a mapping, the line it is on, and its value. */
    record Entry(String key, int line, YamlNode value) {
    }

    static YamlNode scalar(JsonToken token, String text, int line) {
        return new YamlNode(token, text, line, null, null);
    }

    static YamlNode mapping(int line) {
        return new YamlNode(JsonToken.START_OBJECT, null, line, new LinkedHashMap<>(), null);
    }

    boolean isMap() {
        return map != null;
    }

    boolean isList() {
        return list != null;
    }

    boolean isNull() {
        return token == JsonToken.VALUE_NULL;
    }
}
