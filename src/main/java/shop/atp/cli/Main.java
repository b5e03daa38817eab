package shop.atp.cli;

/** The jar's entry point: the only place that exits the JVM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Atp.run(args, System.in, System.out, System.err));
    }
}
