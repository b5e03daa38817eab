package shop.atp.input;

import shop.atp.domain.Policy;

import java.util.Comparator;
import java.util.List;

/**
 * The policy file cannot be used: names the key and its line (exit 2). When several keys are
 * wrong, one exception lists them all, a line each in file order, and carries the policy
 * with the built-in values in place of the wrong ones ({@link #partial}), for {@code validate}
 * to check the inputs against.
 */
public final class PolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final transient Policy partial;

    public PolicyException(String file, int line, String message) {
        super(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
        this.line = line;
        this.partial = null;
    }

    private PolicyException(String message, int line, Policy partial) {
        super(message);
        this.line = line;
        this.partial = partial;
    }

    /** Every problem of one policy file, in line order, with the policy made of what was right. */
    static PolicyException all(List<PolicyException> problems, Policy partial) {
        List<PolicyException> inOrder = problems.stream().sorted(Comparator.comparingInt(p -> p.line)).toList();
        return new PolicyException(String.join("\n", inOrder.stream().map(Throwable::getMessage).toList()), inOrder.get(0).line,
                partial);
    }

    /** The policy with the built-in values where the file's were wrong; null when the file could not be read as a policy at all. */
    public Policy partial() {
        return partial;
    }
}
