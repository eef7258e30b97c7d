package dev.hotclub.views;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.QuerySet;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.messages.Messages;
import dev.hotclub.shortcuts.Shortcuts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Django's {@code DeleteView}: GET shows a page to confirm; POST (or DELETE) deletes the row named by the URL's
 * {@code pk} (or {@code slug}), with its cascades, and redirects to the success URL.
 *
 * <pre>{@code
 * path("<int:pk>/delete/", DeleteView.of(Question.objects).template("polls/question_confirm_delete.html")
 *         .successUrl("polls:index"), "delete")
 * }</pre>
 *
 * The template gets {@code object} and the object by its model's name ({@code question}).
 */
public final class DeleteView<M extends Model> extends GenericView<DeleteView<M>> {
    private final ObjectLookup<M> lookup;
    private Function<? super M, String> successUrl;
    private String successMessage;

    private DeleteView(QuerySet<M> query) {
        this.lookup = new ObjectLookup<>(query);
    }

    public static <M extends Model> DeleteView<M> of(QuerySet<M> query) {
        return new DeleteView<>(query);
    }

    /** Where to go once deleted: a URL name or a path. */
    public DeleteView<M> successUrl(String urlNameOrPath) {
        this.successUrl = object -> urlNameOrPath;
        return this;
    }

    /** Where to go once deleted, from the object (its fields are still set; its id is not). */
    public DeleteView<M> successUrl(Function<? super M, String> fromObject) {
        this.successUrl = fromObject;
        return this;
    }

    /** A message added once deleted; {@code %(name)s} takes the object's {@code toString()} as {@code %(object)s}. */
    public DeleteView<M> successMessage(String message) {
        this.successMessage = message;
        return this;
    }

    public DeleteView<M> pkUrlKwarg(String name) {
        lookup.pkUrlKwarg = name;
        return this;
    }

    public DeleteView<M> slugUrlKwarg(String name) {
        lookup.slugUrlKwarg = name;
        return this;
    }

    public DeleteView<M> slugField(String field) {
        lookup.slugField = field;
        return this;
    }

    @Override
    protected Set<String> allowedMethods() {
        return Set.of("GET", "POST", "DELETE");
    }

    @Override
    protected HttpResponse dispatch(HttpRequest request, String method) {
        M object = lookup.find(request, "DeleteView");
        if (method.equals("GET")) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("object", object);
            values.put(lookup.meta().modelName(), object);
            return renderToResponse(request, values);
        }
        if (successUrl == null) {
            throw new ImproperlyConfigured("No URL to redirect to. Provide a success_url: add .successUrl(\"app:name\")"
                    + " to the DeleteView of " + lookup.meta().objectName() + ".");
        }
        String description = object.toString();
        String url = successUrl.apply(object);
        object.delete();
        if (successMessage != null) {
            Messages.success(request, ModelFormView.format(successMessage, Map.of("object", description)));
        }
        return Shortcuts.redirect(url);
    }
}
