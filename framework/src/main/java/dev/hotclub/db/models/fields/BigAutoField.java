package dev.hotclub.db.models.fields;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Django's {@code BigAutoField}: an automatic 64-bit primary key (what every model's inherited {@code id} is), named as you like: {@code @BigAutoField public Long number;}
 * The model then has no {@code id} column; {@code pk} in lookups and {@code pk()} mean this field. Its Java type is
 * {@code Long}: null until the row is saved.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface BigAutoField {
    /** Django requires {@code primary_key=True} on an AutoField; false is its error fields.E100. */
    boolean primaryKey() default true;

    /** The column's name when it is not the field's name in snake_case. */
    String dbColumn() default "";

    /** The human name; by default the field's name in words. */
    String verboseName() default "";

    String helpText() default "";
}
