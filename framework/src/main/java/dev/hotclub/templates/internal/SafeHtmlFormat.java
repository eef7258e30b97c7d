package dev.hotclub.templates.internal;

import dev.hotclub.http.Html;
import dev.hotclub.templates.SafeHtml;
import freemarker.core.MarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;

/** The output format of {@link SafeHtmlModel}: HTML that prints as it is in any template. */
public final class SafeHtmlFormat extends MarkupOutputFormat<SafeHtmlModel> {
    public static final SafeHtmlFormat INSTANCE = new SafeHtmlFormat();

    private SafeHtmlFormat() {
    }

    @Override
    public SafeHtmlModel fromPlainTextByEscaping(String textToEsc) {
        return fromMarkup(Html.escape(textToEsc));
    }

    @Override
    public SafeHtmlModel fromMarkup(String markupText) {
        return new SafeHtmlModel(SafeHtml.of(markupText), null, markupText) {
        };
    }

    @Override
    public void output(SafeHtmlModel mo, Writer out) throws IOException {
        out.write(mo.html());
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(Html.escape(textToEsc));
    }

    @Override
    public String getSourcePlainText(SafeHtmlModel mo) {
        return null;
    }

    @Override
    public String getMarkupString(SafeHtmlModel mo) {
        return mo.html();
    }

    @Override
    public SafeHtmlModel concat(SafeHtmlModel mo1, SafeHtmlModel mo2) {
        return fromMarkup(mo1.html() + mo2.html());
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return Html.escape(plainTextContent);
    }

    @Override
    public boolean isEmpty(SafeHtmlModel mo) {
        return mo.html().isEmpty();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return builtInName.equals("html") || builtInName.equals("xml") || builtInName.equals("xhtml");
    }

    @Override
    public boolean isAutoEscapedByDefault() {
        return true;
    }

    @Override
    public String getName() {
        return "HTML (safe)";
    }

    @Override
    public String getMimeType() {
        return "text/html";
    }

    @Override
    public boolean isOutputFormatMixingAllowed() {
        return false;
    }
}
