package shop.atp.cli;

import picocli.CommandLine.Option;
import shop.atp.domain.Finding;

import java.util.List;

/** --fail-on, shared by check and report: the findings that make the exit code 1. */
final class FailOnOption {

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error (default), warning or never: the findings that make the exit code 1.")
    FailOn failOn = FailOn.ERROR;

    int exitCode(List<Finding> findings) {
        return failOn.exitCode(findings);
    }
}
