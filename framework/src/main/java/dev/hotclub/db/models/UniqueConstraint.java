package dev.hotclub.db.models;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Django's {@code UniqueConstraint(fields=[...], name=...)} on one or several fields. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(UniqueConstraint.List.class)
public @interface UniqueConstraint {
    String name();

    String[] fields();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        UniqueConstraint[] value();
    }
}
