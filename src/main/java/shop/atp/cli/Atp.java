package shop.atp.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import shop.atp.input.InputException;
import shop.atp.input.InputProblem;
import shop.atp.input.PolicyException;
import shop.atp.output.PrintableWriter;
import shop.atp.output.Utf8Writer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Wires the command line: the commands, UTF-8 output whatever the locale, and the mapping of
 * every failure to a one-line message and SPEC's exit code, never a stack trace.
 */
public final class Atp {

    /** Inputs too large for the heap Java was given: say how to give it more (exit 3: the input is the cause). */
    static final String OUT_OF_MEMORY = "atp: out of memory: give Java more, e.g. ATP_JAVA_OPTS=-Xmx4g bin/atp ..."
            + " (or java -Xmx4g -jar atp.jar ...)";

    private Atp() {
    }

    /** Runs atp with the given streams; returns the exit code. */
    public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        Utf8Writer text = new Utf8Writer(stdout);
        PrintWriter out = new PrintWriter(text, true);
        PrintWriter err = new PrintWriter(new PrintableWriter(new Utf8Writer(stderr)), true);
        try {
            int exit = commandLine(stdin, stdout, () -> failed(text.failure()), out, err, args).execute(args);
            out.flush();
            return outputFailed(text.failure(), err) ? ExitCodes.USAGE : exit;
        } catch (OutOfMemoryError e) {
            // what the run held is garbage now: there is room for one line
            err.println(OUT_OF_MEMORY);
            return ExitCodes.BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * True, and said, when standard output could not be written (a full disk, /dev/full): a
     * cron job must not take half a file for a report. A reader that stopped early
     * (`atp ... | head`) is no failure: the rest was not wanted.
     */
    private static boolean outputFailed(IOException failure, PrintWriter err) {
        if (!failed(failure)) {
            return false;
        }
        err.println("atp: standard output could not be written (" + failure.getMessage() + ")");
        return true;
    }

    /** Whether writing standard output failed: a reader that stopped early (a broken pipe) is no failure. */
    static boolean failed(IOException failure) {
        return failure != null && !"Broken pipe".equals(failure.getMessage());
    }

    static CommandLine commandLine(InputStream stdin, OutputStream stdout, PrintWriter out, PrintWriter err, String[] args) {
        return commandLine(stdin, stdout, () -> false, out, err, args);
    }

    /** @param stdoutFailed whether writing standard output has failed so far (a closed pipe is no failure) */
    static CommandLine commandLine(InputStream stdin, OutputStream stdout, BooleanSupplier stdoutFailed,
                                   PrintWriter out, PrintWriter err, String[] args) {
        CommandLine cl = new CommandLine(new AtpCommand(stdin, stdout, stdoutFailed));
        for (Class<?> command : commandsFor(args)) {
            cl.addSubcommand(command);
        }
        // --version on every command says what `atp --version` says (picocli does not pass the provider down)
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(cl.getCommandSpec().versionProvider()));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Atp::badCommandLine);
        cl.setExecutionExceptionHandler(failure());
        return cl;
    }

    /**
     * The command named first on the command line alone, when it names one (picocli makes
     * each command's model from its annotations, most of a short run's start-up: bench/README,
     * "The JVM"); every command otherwise: `atp` alone and `--help` list them, and
     * `completion` writes them all.
     */
    private static List<Class<?>> commandsFor(String[] args) {
        if (args.length > 0 && !args[0].equals("completion")) {
            for (Class<?> command : AtpCommand.COMMANDS) {
                if (AtpCommand.nameOf(command).equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return AtpCommand.COMMANDS;
    }

    private static int badCommandLine(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("atp: " + e.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
        return ExitCodes.USAGE;
    }

    private static IExecutionExceptionHandler failure() {
        return (Exception e, CommandLine cl, ParseResult parsed) -> {
            PrintWriter err = cl.getErr();
            if (e instanceof InputException input) {
                for (InputProblem problem : input.problems()) {
                    err.println(problem);
                }
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof PolicyException) {
                err.println(e.getMessage());
                return ExitCodes.USAGE;
            }
            if (e instanceof UsageException) {
                err.println("atp: " + e.getMessage());
                err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
                return ExitCodes.USAGE;
            }
            if (e instanceof ArithmeticException) {
                err.println("atp: a total is too large to count exactly (" + e.getMessage() + ")");
                return ExitCodes.BAD_INPUT;
            }
            err.println("atp: internal error, please report it: " + e);
            if (System.getenv("ATP_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return ExitCodes.INTERNAL;
        };
    }
}
