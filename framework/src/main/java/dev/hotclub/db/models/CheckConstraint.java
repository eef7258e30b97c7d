package dev.hotclub.db.models;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Django's {@code CheckConstraint(check=Q(...), name=...)}, the condition written as lookups joined by {@code ","}
 * (AND): {@code @CheckConstraint(name = "votes_not_negative", check = "votes__gte=0")}. Values are read as the
 * field's type; the condition becomes SQL from the model's metadata, as a filter would.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(CheckConstraint.List.class)
public @interface CheckConstraint {
    String name();

    String check();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        CheckConstraint[] value();
    }
}
