package dev.hotclub.views;

import dev.hotclub.forms.Form;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.shortcuts.Shortcuts;
import dev.hotclub.conf.ImproperlyConfigured;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Django's {@code FormView}: GET shows the empty form; POST binds it; a valid form runs {@link #onValid} and
 * redirects to the success URL; an invalid one is shown again with its errors and the values typed.
 *
 * <pre>{@code
 * path("contact/", FormView.of(ContactForm::new).template("contact.html").successUrl("contact:thanks")
 *         .onValid((request, form) -> mailer.send(form.cleaned(form.subject))), "contact")
 * }</pre>
 *
 * The template gets {@code form} (and {@code view}). The success URL is a URL name or a path, as
 * {@code redirect()} takes it.
 */
public final class FormView<F extends Form> extends GenericView<FormView<F>> {
    /** What to do with a valid form before the redirect. */
    @FunctionalInterface
    public interface ValidAction<F> {
        void accept(HttpRequest request, F form) throws Exception;
    }

    /** A response of one's own for a valid form (Django's overridden {@code form_valid}). */
    @FunctionalInterface
    public interface ValidResponse<F> {
        HttpResponse respond(HttpRequest request, F form) throws Exception;
    }

    private final Supplier<? extends F> formFactory;
    private String successUrl;
    private ValidResponse<F> validResponse;
    private Function<HttpRequest, Map<String, ?>> initial = r -> Map.of();
    private String prefix;

    private FormView(Supplier<? extends F> formFactory) {
        this.formFactory = formFactory;
    }

    public static <F extends Form> FormView<F> of(Supplier<? extends F> formFactory) {
        return new FormView<>(formFactory);
    }

    /** Where a valid form redirects: a URL name ({@code "polls:index"}) or a path. */
    public FormView<F> successUrl(String successUrl) {
        this.successUrl = successUrl;
        return this;
    }

    /** Runs on a valid form, then the view redirects to the success URL. */
    public FormView<F> onValid(ValidAction<F> action) {
        this.validResponse = (request, form) -> {
            action.accept(request, form);
            return redirectToSuccess();
        };
        return this;
    }

    /** Answers a valid form with a response of one's own (no success URL needed). */
    public FormView<F> onValidRespond(ValidResponse<F> response) {
        this.validResponse = response;
        return this;
    }

    /** Initial values per request (Django's {@code get_initial}). */
    public FormView<F> initial(Function<HttpRequest, Map<String, ?>> initial) {
        this.initial = initial;
        return this;
    }

    public FormView<F> prefix(String prefix) {
        this.prefix = prefix;
        return this;
    }

    @Override
    protected Set<String> allowedMethods() {
        return Set.of("GET", "POST", "PUT");
    }

    @Override
    protected HttpResponse dispatch(HttpRequest request, String method) throws Exception {
        F form = formFactory.get();
        form.initial(initial.apply(request));
        if (prefix != null) {
            form.prefix(prefix);
        }
        if (method.equals("GET")) {
            return renderToResponse(request, Map.of("form", form));
        }
        form.bind(request);
        if (form.isValid()) {
            return validResponse != null ? validResponse.respond(request, form) : redirectToSuccess();
        }
        return renderToResponse(request, Map.of("form", form));
    }

    private HttpResponse redirectToSuccess() {
        if (successUrl == null) {
            throw new ImproperlyConfigured("No URL to redirect to. Provide a success_url: add"
                    + " .successUrl(\"app:name\") where the FormView is declared.");
        }
        return Shortcuts.redirect(successUrl);
    }
}
