package shop.atp.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** atp run in a JVM of its own (for what only a whole process shows: signals, its heap running out). */
final class SeparateJvm {

    private SeparateJvm() {
    }

    /** {@code java [jvmOptions] -cp <the tests' class path> shop.atp.cli.Main [args]}. */
    static ProcessBuilder atp(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "shop.atp.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
