package shop.atp.input;

import java.util.List;
import java.util.stream.Collectors;

/** The inputs cannot be used as they are: every problem found, in the order found (exit 3). */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
