package shop.atp.cli;

import shop.atp.domain.NoticeKind;
import shop.atp.domain.NoticeSettings;
import shop.atp.input.NoticeTemplateFiles;
import shop.atp.input.PolicyException;
import shop.atp.output.NoticeTexts;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which notice templates a run uses: those of --templates, else of the policy's
 * notices.templates (relative to the policy file), else atp's own. A kind a folder leaves
 * out keeps atp's wording; a template that cannot be used is a policy error naming its line.
 */
final class NoticeTemplates {

    private NoticeTemplates() {
    }

    /** {@code policyFile}: the policy's path, "-" or null (none); a relative notices.templates is beside it. */
    static NoticeTexts load(Path templatesOption, NoticeSettings settings, Path policyFile) {
        Path dir;
        String setBy;
        if (templatesOption != null) {
            dir = templatesOption;
            setBy = "--templates";
        } else if (settings.templates() != null) {
            Path named = Path.of(settings.templates());
            dir = named.isAbsolute() || policyFile == null || policyFile.toString().equals("-") ? named
                    : policyFile.toAbsolutePath().getParent().resolve(named);
            setBy = "notices.templates";
        } else {
            return NoticeTexts.builtIn(settings);
        }
        Map<NoticeKind, String> texts = new EnumMap<>(NoticeKind.class);
        texts.putAll(NoticeTexts.builtInTexts());
        Map<NoticeKind, String> own = NoticeTemplateFiles.read(dir, setBy);
        texts.putAll(own);
        try {
            return NoticeTexts.of(texts, kind -> own.containsKey(kind) ? dir.resolve(kind.word() + ".mustache").toString()
                    : kind.word() + ".mustache (built in)", settings);
        } catch (NoticeTexts.TemplateProblem p) {
            throw new PolicyException(p.file(), p.line(), p.getMessage());
        }
    }
}
