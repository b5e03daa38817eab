package shop.atp.input;

/** One problem in an input file, printed as {@code FILE:LINE: message} (line 0: the file as a whole). */
public record InputProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
