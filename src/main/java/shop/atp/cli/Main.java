package shop.atp.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;

/** The jar's entry point: the only place that exits the JVM. */
public final class Main {

    private Main() {
    }

    /**
     * Standard output as the file it is, not System.out: a PrintStream hides write errors, and
     * a full disk must not pass for a written report.
     */
    public static void main(String[] args) {
        System.exit(Atp.run(args, System.in, new FileOutputStream(FileDescriptor.out), System.err));
    }
}
