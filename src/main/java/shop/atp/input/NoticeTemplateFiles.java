package shop.atp.input;

import shop.atp.domain.NoticeKind;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The merchant's notice templates: {@code confirmation.mustache}, {@code update.mustache} and
 * {@code delay.mustache} in a folder. A kind whose file is not there keeps atp's wording; a
 * folder that is not there, or a file that cannot be read as UTF-8, is a policy error (exit 2).
 */
public final class NoticeTemplateFiles {

    private NoticeTemplateFiles() {
    }

    /** The texts of the templates in {@code dir}; {@code setBy} says where the folder was named, for messages. */
    public static Map<NoticeKind, String> read(Path dir, String setBy) {
        if (!Files.isDirectory(dir)) {
            throw new PolicyException(setBy, 0, "the templates folder " + dir + " is not there");
        }
        Map<NoticeKind, String> texts = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            Path file = dir.resolve(kind.word() + ".mustache");
            if (!Files.exists(file)) {
                continue;
            }
            try {
                texts.put(kind, StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString());
            } catch (CharacterCodingException e) {
                throw new PolicyException(file.toString(), 0, "is not UTF-8 text; save it as UTF-8");
            } catch (IOException e) {
                throw new PolicyException(file.toString(), 0, "cannot be read: " + FileRefusal.reason(e));
            }
        }
        return texts;
    }
}
