package shop.atp.input;

/** The policy file cannot be used: names the key and its line (exit 2). */
public final class PolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PolicyException(String file, int line, String message) {
        super(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
    }
}
