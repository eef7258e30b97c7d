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

    public TemplateError(String templateName, int line, int column, String detail, Throwable cause) {
        super("Template " + templateName + (line > 0 ? ", line " + line + ", column " + column : "") + ": " + detail,
                cause);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
        this.detail = detail;
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
