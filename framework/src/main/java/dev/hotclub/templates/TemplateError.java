package dev.hotclub.templates;

/**
 * A template that does not parse or fails while rendering: names the template, the line and column, and
 * FreeMarker's explanation. The debug 500 page shows these.
 */
public final class TemplateError extends RuntimeException {
    private final String templateName;
    private final int line;
    private final int column;
    private final String detail;
    private final boolean raisedByCode;

    public TemplateError(String templateName, int line, int column, String detail, Throwable cause) {
        this(templateName, line, column, detail, cause, false);
    }

    /**
     * {@code raisedByCode}: {@code cause} is what Java code called by the template threw (a function such as
     * {@code url()}, a getter), which the error page headlines, rather than FreeMarker's own complaint.
     */
    public TemplateError(String templateName, int line, int column, String detail, Throwable cause,
            boolean raisedByCode) {
        super("Template " + templateName + (line > 0 ? ", line " + line + ", column " + column : "") + ": " + detail,
                cause);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
        this.detail = detail;
        this.raisedByCode = raisedByCode && cause != null;
    }

    /**
     * What Java code called by the template threw ({@code NoReverseMatch} from {@code url()}), or null when
     * FreeMarker itself failed (a syntax error, a missing variable).
     */
    public Throwable raised() {
        return raisedByCode ? getCause() : null;
    }

    public String templateName() {
        return templateName;
    }

    /** 1-based; 0 when FreeMarker did not say. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** FreeMarker's message without the template position. */
    public String detail() {
        return detail;
    }
}
