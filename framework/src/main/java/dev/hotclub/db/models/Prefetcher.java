package dev.hotclub.db.models;

import dev.hotclub.db.models.internal.LookupNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Django's {@code prefetch_related}: one extra query per relation for all the instances at once, the results
 * handed to each instance (its related manager, Ref or ManyToMany then answer without a query).
 */
final class Prefetcher {
    private Prefetcher() {
    }

    static String key(FieldMeta foreignKey) {
        return "rev:" + foreignKey.javaField().getDeclaringClass().getName() + "." + foreignKey.name();
    }

    static void prefetch(List<Model> instances, ModelMeta meta, List<String> names, String using) {
        if (instances.isEmpty()) {
            return;
        }
        for (String name : names) {
            FieldMeta field = meta.field(name).orElse(null);
            if (field != null && field.isRelation()) {
                forward(instances, field, using);
            } else if (field != null && !field.concrete()) {
                manyToMany(instances, meta, field, using);
            } else {
                ModelMeta.Reverse reverse = meta.reverseRelations().stream()
                        .filter(r -> r.accessorName().equals(name) && r.field().isRelation()).findFirst()
                        .orElseThrow(() -> new FieldError(LookupNames.invalidPrefetch(name, meta.objectName(), prefetchable(meta))));
                reverse(instances, reverse, using);
            }
        }
    }

    /** What prefetchRelated takes: relations, many-to-many fields and reverse relations by their accessor. */
    private static List<String> prefetchable(ModelMeta meta) {
        List<String> names = new ArrayList<>();
        meta.fields().stream().filter(f -> f.isRelation() || !f.concrete()).forEach(f -> names.add(f.name()));
        meta.reverseRelations().stream().filter(r -> r.field().isRelation()).forEach(r -> names.add(r.accessorName()));
        return names.stream().sorted().toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void forward(List<Model> instances, FieldMeta fk, String using) {
        Set<Object> ids = new LinkedHashSet<>();
        for (Model m : instances) {
            Object id = ((Ref<?>) fk.get(m)).pk();
            if (id != null) {
                ids.add(id);
            }
        }
        Map<Object, Model> byId = ids.isEmpty() ? Map.of()
                : new QuerySet<Model>(fk.relatedModel()).using(using).inBulk(ids);
        for (Model m : instances) {
            Ref ref = (Ref) fk.get(m);
            if (ref.pk() != null) {
                ref.loaded(byId.get(ref.pk()), using);
            }
        }
    }

    private static void reverse(List<Model> instances, ModelMeta.Reverse reverse, String using) {
        List<Object> ids = instances.stream().map(Model::pk).toList();
        List<Model> children = new QuerySet<Model>(reverse.fromModel()).using(using)
                .filter(reverse.field().name() + "__in", ids).list();
        Map<Object, List<Model>> byParent = new HashMap<>();
        for (Model child : children) {
            Object parent = ((Ref<?>) reverse.field().get(child)).pk();
            byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
        }
        for (Model m : instances) {
            if (m.state().prefetched == null) {
                m.state().prefetched = new HashMap<>();
            }
            m.state().prefetched.put(key(reverse.field()), List.copyOf(byParent.getOrDefault(m.pk(), List.of())));
        }
    }

    private static void manyToMany(List<Model> instances, ModelMeta meta, FieldMeta field, String using) {
        List<Object> ids = instances.stream().map(Model::pk).toList();
        String queryName = ModelMeta.of(field.relatedModel()).reverseRelations().stream()
                .filter(r -> r.fromModel() == meta.modelClass() && r.field().name().equals(field.name()))
                .map(ModelMeta.Reverse::queryName).findFirst().orElseThrow();
        // One query: the targets with the owner's id alongside, as Django's prefetch does with an extra select.
        QuerySet<Model> targets = new QuerySet<Model>(field.relatedModel()).using(using)
                .filter(queryName + "__in", ids).annotate("_prefetch_owner", F.of(queryName + "__pk"));
        Map<Object, List<Model>> byOwner = new HashMap<>();
        for (Model target : targets.list()) {
            Object owner = target.annotation("_prefetch_owner");
            byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(target);
        }
        for (Model m : instances) {
            if (m.state().prefetched == null) {
                m.state().prefetched = new HashMap<>();
            }
            m.state().prefetched.put(field.name(), List.copyOf(byOwner.getOrDefault(m.pk(), List.of())));
        }
    }
}
