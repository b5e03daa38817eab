package shop.atp.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** What every command that reads the shop shares: the common options and a session over them. */
abstract class ShopCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @ParentCommand
    AtpCommand atp;

    Session session() {
        return new Session(options, atp.stdin(), atp.stdout(), atp.stdoutFailed(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
