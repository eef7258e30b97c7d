package dev.hotclub.db.models.compiler.internal;

import dev.hotclub.db.models.FieldKind;
import dev.hotclub.db.models.internal.LookupNames;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A model as the compile-time check sees it, read from its declaration rather than its class: the fields with an
 * ORM annotation (the automatic {@code id} first unless a field is the primary key, superclass fields before the
 * class's own) and the relations
 * of other models that point at it.
 */
record ModelShape(String qualifiedName, String objectName, List<Field> fields, List<Reverse> reverses) {

    /**
     * A declared field; for relations and many-to-many, {@code target} is the related model's qualified name and
     * the names are the annotation's {@code relatedName} and {@code relatedQueryName} ("" when not given).
     */
    record Field(String name, FieldKind kind, String target, String relatedName, String relatedQueryName, boolean primaryKey) {
        boolean relation() {
            return kind.isRelation() || kind == FieldKind.MANY_TO_MANY;
        }
    }

    /** A relation of {@code from} pointing here: filters name it by {@code queryName}, prefetches by {@code accessorName}. */
    record Reverse(String from, String queryName, String accessorName, boolean manyToMany) {
    }

    /** The primary key's name: {@code id}, or the field declared with {@code primaryKey = true}. */
    String pkName() {
        return fields.stream().filter(Field::primaryKey).map(Field::name).findFirst().orElse("id");
    }

    /** {@code pk} or the key's own name, as a lookup after a relation reads it. */
    boolean isKey(String name) {
        return name.equals("pk") || name.equals(pkName());
    }

    Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    Optional<Reverse> reverse(String queryName) {
        return reverses.stream().filter(r -> r.queryName().equals(queryName)).findFirst();
    }

    List<String> choices(Set<String> annotations) {
        return LookupNames.choices(fields.stream().map(Field::name).toList(),
                reverses.stream().map(Reverse::queryName).toList(), annotations);
    }
}
