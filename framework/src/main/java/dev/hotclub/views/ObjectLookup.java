package dev.hotclub.views;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.QuerySet;
import dev.hotclub.http.Http404;
import dev.hotclub.http.HttpRequest;
import java.util.Map;
import java.util.Optional;

/**
 * Django's {@code SingleObjectMixin.get_object} over a query: the row named by the URL's {@code pk} kwarg (or its
 * {@code slug} kwarg, matched against the model's {@code slug} field), else a 404 with Django's message
 * ("No question found matching the query").
 */
final class ObjectLookup<M extends Model> {
    private final QuerySet<M> query;
    String pkUrlKwarg = "pk";
    String slugUrlKwarg = "slug";
    String slugField = "slug";

    ObjectLookup(QuerySet<M> query) {
        this.query = query;
    }

    ModelMeta meta() {
        return query.meta();
    }

    M find(HttpRequest request, String viewName) {
        Map<String, Object> kwargs = request.resolverMatch() == null ? Map.of() : request.resolverMatch().kwargs();
        Optional<M> found;
        if (kwargs.containsKey(pkUrlKwarg)) {
            Object pk = meta().pkFrom(kwargs.get(pkUrlKwarg));
            found = pk == null ? Optional.empty() : query.filter("pk", pk).first();
        } else if (kwargs.containsKey(slugUrlKwarg)) {
            if (meta().field(slugField).isEmpty()) {
                throw new ImproperlyConfigured(viewName + "(" + meta().objectName() + ") is called with a <slug:"
                        + slugUrlKwarg + "> but " + meta().objectName() + " has no field '" + slugField
                        + "': name the field with .slugField(\"...\").");
            }
            found = query.filter(slugField, String.valueOf(kwargs.get(slugUrlKwarg))).first();
        } else {
            throw new ImproperlyConfigured("Generic detail view " + viewName + "(" + meta().objectName() + ") must be"
                    + " called with either an object pk or a slug in the URLconf: name the route's kwarg <int:"
                    + pkUrlKwarg + "> or <slug:" + slugUrlKwarg + ">.");
        }
        return found.orElseThrow(() -> new Http404("No " + meta().verboseName() + " found matching the query"));
    }
}
