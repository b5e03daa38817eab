package shop.atp.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * Reads policy.yaml into a tree whose nodes know their lines, refusing what YAML allows but
 * a policy must not have: anchors and aliases, duplicate keys, and documents too large to be
 * a policy. {@link PolicyMapper} then turns the tree into typed rules.
 */
public final class PolicyReader {

    /** A policy is a page or two; anything near this size is not one. */
    static final int MAX_CHARACTERS = 1_000_000;

    private final String file;

    private PolicyReader(String file) {
        this.file = file;
    }

    public static shop.atp.domain.Policy read(String file, InputStream in) {
        PolicyReader reader = new PolicyReader(file);
        String text = reader.text(in);
        reader.refuseAnchors(text);
        return new PolicyMapper(file).policy(reader.tree(text));
    }

    /** A YAML document of atp's (a policy, a format) as a tree whose nodes know their lines, anchors refused. */
    static YamlNode document(String file, InputStream in) {
        PolicyReader reader = new PolicyReader(file);
        String text = reader.text(in);
        reader.refuseAnchors(text);
        return reader.tree(text);
    }

    private String text(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_CHARACTERS * 4 + 1);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (bytes.length > MAX_CHARACTERS * 4 || text.length() > MAX_CHARACTERS) {
                throw new PolicyException(file, 0, "is too large for a policy (more than " + MAX_CHARACTERS + " characters)");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new PolicyException(file, 0, "cannot be read: " + FileRefusal.reason(e));
        }
    }

    /**
     * Anchors and aliases let one value stand in several places; a policy spells every value
     * out. Jackson does not report anchors on plain values, so SnakeYAML's events are read.
     */
    private void refuseAnchors(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARACTERS);
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                int line = event.getStartMark().getLine() + 1;
                if (event instanceof AliasEvent alias) {
                    throw new PolicyException(file, line, "YAML aliases (*" + alias.getAnchor() + ") are not allowed in a policy; write the value out");
                }
                if (event instanceof NodeEvent node && node.getAnchor() != null) {
                    throw new PolicyException(file, line, "YAML anchors (&" + node.getAnchor() + ") are not allowed in a policy; write the value out");
                }
            }
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new PolicyException(file, line, "is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new PolicyException(file, 0, "is not valid YAML: " + e.getMessage());
        }
    }

    private YamlNode tree(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARACTERS);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = node(parser);
            if (parser.nextToken() != null) {
                throw new PolicyException(file, line(parser), "holds more than one YAML document");
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new PolicyException(file, line, "is not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new PolicyException(file, 0, "cannot be read: " + FileRefusal.reason(e));
        } catch (RuntimeException e) {
            if (e instanceof PolicyException) {
                throw e;
            }
            throw new PolicyException(file, 0, "is not valid YAML: " + e.getMessage());
        }
    }

    private YamlNode node(YAMLParser parser) throws IOException {
        int line = line(parser);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            YamlNode map = YamlNode.mapping(line);
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                String key = parser.currentName();
                int keyLine = line(parser);
                parser.nextToken();
                YamlNode value = node(parser);
                YamlNode.Entry earlier = map.map().get(key);
                if (earlier != null) {
                    throw new PolicyException(file, keyLine, "duplicate key \"" + key + "\" (first on line " + earlier.line() + ")");
                }
                map.map().put(key, new YamlNode.Entry(key, keyLine, value));
            }
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            YamlNode list = new YamlNode(token, null, line, null, new ArrayList<>());
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                list.list().add(node(parser));
            }
            return list;
        }
        return YamlNode.scalar(token, parser.getText(), line);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
