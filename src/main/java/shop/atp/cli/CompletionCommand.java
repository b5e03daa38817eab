package shop.atp.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** `completion`: a bash/zsh completion script, generated from the commands and options themselves. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Prints a bash/zsh completion script for atp.",
        footerHeading = "%nExample:%n",
        footer = {"  atp completion > ~/.atp-completion && echo 'source ~/.atp-completion' >> ~/.bashrc",
                "  (zsh: add 'autoload -U +X bashcompinit && bashcompinit' before the source line)"})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Accepted like on every command (SPEC: options shared by all), though none changes what is written. */
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("atp", spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
