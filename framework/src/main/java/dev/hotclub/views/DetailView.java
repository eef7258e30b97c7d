package dev.hotclub.views;

import dev.hotclub.http.Http404;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.conf.ImproperlyConfigured;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Django's {@code DetailView} over a lookup: the object named by the URL's {@code pk} (or {@code slug}) kwarg, or
 * a 404 ("No question found matching the query").
 *
 * <pre>{@code
 * path("<int:pk>/", DetailView.byPk("question", pk -> store.find((Integer) pk)).template("polls/detail.html"),
 *         "detail")
 * }</pre>
 *
 * The template gets {@code object} and the name given ({@code question}). A model-backed detail view will
 * build these lookups from the model.
 */
public final class DetailView<T> extends GenericView<DetailView<T>> {
    private final String objectName;
    private Function<Object, Optional<? extends T>> byPk;
    private Function<String, Optional<? extends T>> bySlug;
    private String pkUrlKwarg = "pk";
    private String slugUrlKwarg = "slug";
    private String contextObjectName;
    private ObjectLookup<?> lookup;

    private DetailView(String objectName) {
        this.objectName = objectName;
        this.contextObjectName = objectName;
    }

    /** A detail view finding its object by the URL's {@code pk}; {@code objectName} names it in the context and 404. */
    public static <T> DetailView<T> byPk(String objectName, Function<Object, Optional<? extends T>> lookup) {
        DetailView<T> view = new DetailView<>(objectName);
        view.byPk = lookup;
        return view;
    }

    /**
     * A detail view of one row of {@code query}: by the URL's {@code pk} kwarg, or its {@code slug} kwarg matched
     * against the model's {@code slug} field; the context names it by the model ({@code question}); a missing row
     * is Django's 404 "No question found matching the query".
     */
    public static <T extends dev.hotclub.db.models.Model> DetailView<T> of(dev.hotclub.db.models.QuerySet<T> query) {
        ObjectLookup<T> lookup = new ObjectLookup<>(query);
        DetailView<T> view = new DetailView<>(query.meta().modelName());
        view.lookup = lookup;
        return view;
    }

    /** A detail view finding its object by the URL's {@code slug}. */
    public static <T> DetailView<T> bySlug(String objectName, Function<String, Optional<? extends T>> lookup) {
        DetailView<T> view = new DetailView<>(objectName);
        view.bySlug = lookup;
        return view;
    }

    /** Also finds by slug when the URL has no pk. */
    public DetailView<T> orBySlug(Function<String, Optional<? extends T>> lookup) {
        this.bySlug = lookup;
        return this;
    }

    public DetailView<T> pkUrlKwarg(String name) {
        this.pkUrlKwarg = name;
        if (lookup != null) {
            lookup.pkUrlKwarg = name;
        }
        return this;
    }

    public DetailView<T> slugUrlKwarg(String name) {
        this.slugUrlKwarg = name;
        if (lookup != null) {
            lookup.slugUrlKwarg = name;
        }
        return this;
    }

    /** The model field a {@code <slug:slug>} kwarg is matched against ({@code slug}); for {@link #of(dev.hotclub.db.models.QuerySet)}. */
    public DetailView<T> slugField(String field) {
        if (lookup == null) {
            throw new IllegalStateException("slugField(...) is for DetailView.of(query); bySlug(...) finds the object itself.");
        }
        lookup.slugField = field;
        return this;
    }

    public DetailView<T> contextObjectName(String name) {
        this.contextObjectName = name;
        return this;
    }

    @Override
    protected Set<String> allowedMethods() {
        return Set.of("GET");
    }

    @Override
    protected HttpResponse dispatch(HttpRequest request, String method) {
        T object = object(request);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("object", object);
        if (contextObjectName != null) {
            values.put(contextObjectName, object);
        }
        return renderToResponse(request, values);
    }

    /** The object the URL names, or Http404 (Django's {@code get_object}). */
    @SuppressWarnings("unchecked")
    public T object(HttpRequest request) {
        if (lookup != null) {
            return (T) lookup.find(request, "DetailView");
        }
        Map<String, Object> kwargs = request.resolverMatch() == null ? Map.of() : request.resolverMatch().kwargs();
        Optional<? extends T> found;
        if (byPk != null && kwargs.containsKey(pkUrlKwarg)) {
            found = byPk.apply(kwargs.get(pkUrlKwarg));
        } else if (bySlug != null && kwargs.containsKey(slugUrlKwarg)) {
            found = bySlug.apply(String.valueOf(kwargs.get(slugUrlKwarg)));
        } else {
            throw new ImproperlyConfigured("Generic detail view DetailView(" + objectName + ") must be called with"
                    + " either an object pk or a slug in the URLconf: name the route's kwarg <int:" + pkUrlKwarg
                    + "> or <slug:" + slugUrlKwarg + ">.");
        }
        return found.orElseThrow(() -> new Http404("No " + objectName + " found matching the query"));
    }
}
