package shop.atp.domain;

/** Counted words in messages: "1 unit", "3 units", "1 day", "8 days". */
final class Words {

    private Words() {
    }

    static String units(long n) {
        return counted(n, "unit");
    }

    static String days(long n) {
        return counted(n, "day");
    }

    static String counted(long n, String word) {
        return n + " " + word + (n == 1 || n == -1 ? "" : "s");
    }
}
