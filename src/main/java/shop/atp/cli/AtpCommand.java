package shop.atp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The root command: lists the commands and the exit codes. */
@Command(name = "atp", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Available-to-promise for shops that run on CSV exports: what is on hand, "
                + "incoming and committed, what each channel may still sell, and who gets the next shipment.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success",
                "  1  check/report found a finding at or above --fail-on",
                "  2  bad command line or policy",
                "  3  bad or missing input data",
                "",
                "Example: atp report --data examples --as-of 2026-11-24"})
final class AtpCommand implements Runnable {

    /** The commands, in the order `atp --help` lists them. */
    static final List<Class<?>> COMMANDS = List.of(AvailabilityCommand.class, PolicyCommand.class,
            AllocateCommand.class, CheckCommand.class, PreordersCommand.class, CoverCommand.class, ReceiveCommand.class,
            OrdersCommand.class, HealthCommand.class, NoticesCommand.class, ListingsCommand.class, ReportCommand.class,
            FormatsCommand.class, ValidateCommand.class, InitCommand.class, CompletionCommand.class);

    private final InputStream stdin;
    private final java.io.OutputStream stdout;
    private final BooleanSupplier stdoutFailed;

    @Spec
    CommandSpec spec;

    AtpCommand(InputStream stdin, java.io.OutputStream stdout, BooleanSupplier stdoutFailed) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stdoutFailed = stdoutFailed;
    }

    /** Whether writing standard output has failed (a broken pipe is no failure: the reader wanted no more). */
    BooleanSupplier stdoutFailed() {
        return stdoutFailed;
    }

    /** A command's name, as its annotation gives it (read without making the command's model). */
    static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    InputStream stdin() {
        return stdin;
    }

    /** Standard output as bytes, for a file in another encoding than UTF-8 (Amazon's upload file). */
    java.io.OutputStream stdout() {
        return stdout;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required ("
                + String.join(", ", COMMANDS.stream().map(AtpCommand::nameOf).toList()) + ")");
    }
}
