package dev.hotclub.views;

import dev.hotclub.http.Http404;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Django's {@code ListView} over any {@link ObjectSource}: the objects, paginated when asked, in a template.
 *
 * <pre>{@code
 * path("", ListView.of(() -> store.latest()).template("polls/index.html")
 *         .contextObjectName("latest_question_list").paginateBy(10), "index")
 * }</pre>
 *
 * The context has {@code object_list} (and the {@code contextObjectName}), and with {@code paginateBy}:
 * {@code paginator}, {@code page_obj} and {@code is_paginated}. The page is {@code ?page=N} (or a URL kwarg
 * {@code page}), {@code last} for the last one; a page that does not exist is a 404 with Django's message.
 * {@link #of(dev.hotclub.db.models.QuerySet)} lists a query: it counts and slices instead of loading every row.
 */
public final class ListView<T> extends GenericView<ListView<T>> {
    private final Function<HttpRequest, ObjectSource<T>> source;
    private String contextObjectName;
    private Integer paginateBy;
    private int orphans;
    private boolean allowEmpty = true;
    private String pageKwarg = "page";

    private ListView(Function<HttpRequest, ObjectSource<T>> source) {
        this.source = source;
    }

    /** A list view of what {@code objects} supplies, asked once per request. */
    public static <T> ListView<T> of(Supplier<? extends List<? extends T>> objects) {
        return new ListView<>(request -> ObjectSource.of(objects.get()));
    }

    /**
     * A list view of a query's rows, read for each request (and only a page of them with {@code paginateBy});
     * the context also names the list {@code <model>_list} ({@code question_list}), as Django.
     */
    public static <T extends dev.hotclub.db.models.Model> ListView<T> of(dev.hotclub.db.models.QuerySet<T> query) {
        ListView<T> view = new ListView<>(request -> new QuerySetSource<>(query));
        view.contextObjectName = query.meta().modelName() + "_list";
        return view;
    }

    /** A list view of a query made per request ({@code request -> Question.objects.filter("author", ...)}). */
    public static <T extends dev.hotclub.db.models.Model> ListView<T> ofQuery(
            Function<HttpRequest, dev.hotclub.db.models.QuerySet<T>> query) {
        return new ListView<>(request -> new QuerySetSource<>(query.apply(request)));
    }

    /** A list view over a source made per request (a query filtered by the request). */
    public static <T> ListView<T> over(Function<HttpRequest, ObjectSource<T>> source) {
        return new ListView<>(source);
    }

    public ListView<T> contextObjectName(String name) {
        this.contextObjectName = name;
        return this;
    }

    public ListView<T> paginateBy(int perPage) {
        this.paginateBy = perPage;
        return this;
    }

    public ListView<T> orphans(int orphans) {
        this.orphans = orphans;
        return this;
    }

    /** With false, an empty list is a 404 (Django's {@code allow_empty}). */
    public ListView<T> allowEmpty(boolean allowEmpty) {
        this.allowEmpty = allowEmpty;
        return this;
    }

    public ListView<T> pageKwarg(String pageKwarg) {
        this.pageKwarg = pageKwarg;
        return this;
    }

    @Override
    protected Set<String> allowedMethods() {
        return Set.of("GET");
    }

    @Override
    protected HttpResponse dispatch(HttpRequest request, String method) {
        ObjectSource<T> objects = source.apply(request);
        if (!allowEmpty && objects.count() == 0) {
            throw new Http404("Empty list and \u201cListView.allow_empty\u201d is False.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<T> list;
        if (paginateBy != null) {
            Paginator<T> paginator = new Paginator<>(objects, paginateBy, orphans, allowEmpty);
            Page<T> page = page(request, paginator);
            list = page.objectList();
            values.put("paginator", paginator);
            values.put("page_obj", page);
            values.put("is_paginated", page.hasOtherPages());
        } else {
            list = objects.all();
            values.put("paginator", null);
            values.put("page_obj", null);
            values.put("is_paginated", false);
        }
        values.put("object_list", list);
        if (contextObjectName != null) {
            values.put(contextObjectName, list);
        }
        values.values().removeIf(java.util.Objects::isNull);
        return renderToResponse(request, values);
    }

    private Page<T> page(HttpRequest request, Paginator<T> paginator) {
        Object fromUrl = request.resolverMatch() == null ? null : request.resolverMatch().kwargs().get(pageKwarg);
        String page = fromUrl != null ? String.valueOf(fromUrl) : request.GET().get(pageKwarg, "1");
        if (page.isEmpty()) {
            page = "1";
        }
        int number;
        try {
            number = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            if (!page.equals("last")) {
                throw new Http404("Page is not \u201clast\u201d, nor can it be converted to an int.");
            }
            number = paginator.numPages();
        }
        try {
            return paginator.page(number);
        } catch (InvalidPage e) {
            throw new Http404("Invalid page (" + number + "): " + e.getMessage());
        }
    }
}
