package dev.hotclub.templates.internal;

import dev.hotclub.http.Html;
import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's HTML output format with Django's escaper: {@code '} becomes {@code &#x27;} (FreeMarker's own
 * writes {@code &#39;}), so a template, {@link Html#escape} and the error pages write the same bytes for the
 * same text. Every way a template escapes goes through {@link #escapePlainText}: {@code ${x}}, {@code ?esc},
 * and markup values built by concatenation.
 */
public final class DjangoHtmlOutputFormat extends CommonMarkupOutputFormat<DjangoHtmlOutputFormat.Markup> {
    public static final DjangoHtmlOutputFormat INSTANCE = new DjangoHtmlOutputFormat();

    private DjangoHtmlOutputFormat() {
    }

    @Override
    public String getName() {
        return "HTML";
    }

    @Override
    public String getMimeType() {
        return "text/html";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        Html.escapeTo(textToEsc, out);
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return Html.escape(plainTextContent);
    }

    /**
     * HTML made elsewhere as FreeMarker markup ({@code HTMLOutputFormat.INSTANCE.fromMarkup(...)}, a library's
     * helper) prints as the markup it is, instead of failing because its format object is not this one.
     */
    @Override
    public boolean isOutputFormatMixingAllowed() {
        return true;
    }

    /** {@code ?html} on an already escaped value would escape it twice, so it is a no-op here, as in FreeMarker's HTML. */
    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return builtInName.equals("html") || builtInName.equals("xml") || builtInName.equals("xhtml");
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    /** A piece of HTML (escaped text or markup) of this format. */
    public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public DjangoHtmlOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
