package shop.atp.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.InputStream;
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
        YamlNode root = new PolicyReader(file).tree(in);
        return new PolicyMapper(file).policy(root);
    }

    private YamlNode tree(InputStream in) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARACTERS);
        options.setMaxAliasesForCollections(0);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        try (YAMLParser parser = (YAMLParser) factory.createParser(in)) {
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
            throw new PolicyException(file, 0, "cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof PolicyException) {
                throw e;
            }
            throw new PolicyException(file, 0, "is not valid YAML: " + e.getMessage());
        }
    }

    private YamlNode node(YAMLParser parser) throws IOException {
        int line = line(parser);
        refuseAnchors(parser, line);
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

    private void refuseAnchors(YAMLParser parser, int line) throws IOException {
        if (parser.isCurrentAlias()) {
            throw new PolicyException(file, line, "YAML aliases (*" + parser.getText() + ") are not allowed in a policy; write the value out");
        }
        if (parser.getObjectId() != null) {
            throw new PolicyException(file, line, "YAML anchors (&" + parser.getObjectId() + ") are not allowed in a policy; write the value out");
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
