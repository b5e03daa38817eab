package shop.atp.output;

/** Lets tests in other packages reach the HTML escaping. */
public final class ReportHtmlAccess {

    private ReportHtmlAccess() {
    }

    public static String esc(String text) {
        return ReportHtml.esc(text);
    }
}
