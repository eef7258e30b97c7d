package dev.hotclub.db.models.internal;

import dev.hotclub.db.models.FieldError;
import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.ModelMeta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which columns a SELECT loads under {@code only()}/{@code defer()}, as Django's {@code deferred_to_data}: for the
 * queried model and each model {@code selectRelated} reaches, the names given at that path. {@code only} keeps the
 * named fields (a model reached by selectRelated with no names under it keeps all of its fields); {@code defer}
 * leaves the named ones out. The primary key is always loaded, and a relation followed by a name under it
 * ({@code only("question__questionText")}) is loaded too.
 */
public final class DeferredLoading {
    private DeferredLoading() {
    }

    /** The fields to load of the model at {@code path} (empty for the queried model), in the model's order. */
    public static List<FieldMeta> fields(Query query, ModelMeta meta, List<String> path) {
        List<FieldMeta> all = meta.concreteFields();
        if (query.loadingNames.isEmpty()) {
            return all;
        }
        Set<String> here = new LinkedHashSet<>();
        Set<String> traversed = new LinkedHashSet<>();
        for (String name : query.loadingNames) {
            List<String> parts = LookupParts.of(name);
            if (parts.size() <= path.size() || !parts.subList(0, path.size()).equals(path)) {
                continue;
            }
            String own = parts.get(path.size());
            if (own.equals("pk")) {
                own = meta.pk().name();
            }
            if (parts.size() == path.size() + 1) {
                here.add(own);
            } else {
                traversed.add(own);
            }
        }
        if (query.loadingOnly && here.isEmpty() && traversed.isEmpty()) {
            return all;             // a model reached by selectRelated that only() names nothing of
        }
        List<FieldMeta> kept = new ArrayList<>();
        for (FieldMeta field : all) {
            boolean named = here.contains(field.name());
            boolean keep = field.primaryKey() || (query.loadingOnly ? named || traversed.contains(field.name()) : !named);
            if (keep) {
                kept.add(field);
            }
        }
        return kept;
    }

    /**
     * Checks the names against the models (Django's FieldDoesNotExist message) and against selectRelated: a relation
     * cannot be both deferred and followed.
     */
    public static void check(Query query) {
        for (String name : query.loadingNames) {
            ModelMeta current = query.meta;
            List<String> parts = LookupParts.of(name);
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                ModelMeta model = current;
                FieldMeta field = part.equals("pk") ? model.pk() : model.field(part).orElseThrow(() ->
                        new FieldError(LookupNames.noFieldNamed(model.objectName(), part)));
                if (i < parts.size() - 1) {
                    if (!field.isRelation()) {
                        throw new FieldError(LookupNames.deferredPathNotARelation(model.objectName(), field.name(),
                                field.kind().djangoName(), name));
                    }
                    current = ModelMeta.of(field.relatedModel());
                }
            }
        }
        for (String path : query.selectRelated) {
            ModelMeta current = query.meta;
            List<String> walked = new ArrayList<>();
            for (String name : LookupParts.of(path)) {
                FieldMeta fk = current.field(name).filter(FieldMeta::isRelation).orElse(null);
                if (fk == null) {
                    break;          // the select_related message is the compiler's
                }
                if (!fields(query, current, walked).contains(fk)) {
                    throw new FieldError("Field " + current.objectName() + "." + fk.name()
                            + " cannot be both deferred and traversed using select_related at the same time.");
                }
                walked.add(name);
                current = ModelMeta.of(fk.relatedModel());
            }
        }
    }
}
