package dev.hotclub.handlers.internal.errorpages;

import static dev.hotclub.http.Html.escape;

/** The look shared by the technical debug pages (Django's yellow header, in a few lines of CSS). */
final class PageStyle {
    private PageStyle() {
    }

    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"robots\" content=\"NONE,NOARCHIVE\">\n<title>" + escape(title) + "</title>\n"
                + "<style>\n"
                + "html * { padding:0; margin:0; }\n"
                + "body * { padding:10px 20px; }\n"
                + "body * * { padding:0; }\n"
                + "body { font:small sans-serif; background:#eee; color:#000; }\n"
                + "body > div { border-bottom:1px solid #ddd; }\n"
                + "h1 { font-weight:normal; margin-bottom:.4em; }\n"
                + "h1 span { font-size:60%; color:#666; font-weight:normal; }\n"
                + "h2 { margin-bottom:.8em; }\n"
                + "table { border:none; border-collapse:collapse; width:100%; }\n"
                + "td, th { vertical-align:top; padding:2px 3px; }\n"
                + "th { width:12em; text-align:right; color:#666; padding-right:.5em; }\n"
                + "pre { font-size:100%; white-space:pre-wrap; }\n"
                + "#summary { background:#ffc; }\n"
                + "#info { background:#f6f6f6; }\n"
                + "#info ol li { font-family:monospace; }\n"
                + "#explanation { background:#eee; border-bottom:0; }\n"
                + ".frame { margin:0 0 1em 0; }\n"
                + ".frame code { font-weight:bold; }\n"
                + ".source { background:#fff; margin:.5em 0 0 2em; font-family:monospace; }\n"
                + ".source .here { background:#d6e3ff; font-weight:bold; }\n"
                + ".exception_value { font-weight:bold; color:#575757; white-space:pre-wrap; }\n"
                + "</style>\n</head>\n<body>\n";
    }

    static String debugFooter(String standardPage) {
        // Django names its setting; here DEBUG comes from the environment (./manage runserver sets it) or the code.
        return "<div id=\"explanation\">\n<p>You're seeing this error because DEBUG is on: the DEBUG environment"
                + " variable (which <code>./manage runserver</code> sets), or <code>.debug(true)</code> in the project."
                + " Turn it off, and Hotclub will display a standard " + standardPage + " page.</p>\n</div>\n</body>\n</html>\n";
    }
}
