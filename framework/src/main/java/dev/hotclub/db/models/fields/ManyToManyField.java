package dev.hotclub.db.models.fields;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Django's {@code ManyToManyField}: a {@code ManyToMany<Target>} field, stored in a join table
 * ({@code <app>_<model>_<field>} with {@code <model>_id} and {@code <target>_id}) unless {@code through} names a model
 * with foreign keys to both sides.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToManyField {
    String relatedName() default "";

    String relatedQueryName() default "";

    /** A model holding the relation's rows (with a foreign key to each side); {@code Void.class} for the automatic table. */
    Class<?> through() default Void.class;

    /** The automatic join table's name when not {@code <app>_<model>_<field>}. */
    String dbTable() default "";

    boolean blank() default false;

    String verboseName() default "";

    String helpText() default "";
}
