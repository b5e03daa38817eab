package shop.atp.cli;

import shop.atp.domain.Finding;
import shop.atp.domain.Severity;

import java.util.List;

/** --fail-on: the least severe finding that makes check and report exit 1. */
enum FailOn {
    ERROR, WARNING, NEVER;

    int exitCode(List<Finding> findings) {
        boolean fails = switch (this) {
            case ERROR -> findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
            case WARNING -> !findings.isEmpty();
            case NEVER -> false;
        };
        return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
