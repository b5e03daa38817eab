package shop.atp.cli;

/** SPEC "Exit codes". */
final class ExitCodes {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int BAD_INPUT = 3;
    /** Not in SPEC: a defect of atp itself, never a problem of the merchant's files. */
    static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
