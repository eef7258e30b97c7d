package dev.hotclub.templates;

import java.util.List;

/** No template of that name in any template folder; the message lists where it was looked for. */
public final class TemplateDoesNotExist extends RuntimeException {
    private final String templateName;
    private final List<String> triedPlaces;

    public TemplateDoesNotExist(String templateName, List<String> triedPlaces) {
        super("Template '" + templateName + "' does not exist. Looked for it in:"
                + triedPlaces.stream().map(p -> "\n  " + p).reduce("", String::concat)
                + (triedPlaces.isEmpty() ? " (no template folders: the project has no templates/ folder and no app)" : ""));
        this.templateName = templateName;
        this.triedPlaces = List.copyOf(triedPlaces);
    }

    public String templateName() {
        return templateName;
    }

    /** Each place looked in, e.g. {@code /home/me/mysite/templates/x.html (project templates)}. */
    public List<String> triedPlaces() {
        return triedPlaces;
    }
}
