package dev.hotclub.templates;

/**
 * HTML that is already safe to print as it is (Django's {@code __html__} protocol, what {@code mark_safe} gives):
 * a template prints {@link #toHtml()} without escaping it, while the object's other properties stay reachable
 * ({@code ${form}} prints the form, {@code ${form.email.label}} is escaped text). Forms, their fields and error
 * lists are such objects, so no {@code ?no_esc} is needed to show them.
 */
public interface SafeHtml {
    /** The HTML, every user-supplied part of it escaped. */
    String toHtml();

    /** Marks {@code html} as safe: only for HTML whose user-supplied parts were escaped. */
    static SafeHtml of(String html) {
        return new Markup(html);
    }

    /** A piece of safe HTML; {@code toString()} is the HTML too. */
    record Markup(String html) implements SafeHtml {
        @Override
        public String toHtml() {
            return html;
        }

        @Override
        public String toString() {
            return html;
        }
    }
}
