package dev.hotclub.db.models.fields;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Django's {@code TimeField}: a {@code LocalTime} column. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface TimeField {
    boolean autoNow() default false;

    boolean autoNowAdd() default false;

    /** Django's {@code null=True}: the column accepts NULL. */
    boolean nullable() default false;

    /** Django's {@code blank=True}: {@code fullClean()} and forms accept an empty value. */
    boolean blank() default false;

    boolean unique() default false;

    boolean dbIndex() default false;

    /** The column's name when it is not the field's name in snake_case. */
    String dbColumn() default "";

    /** The human name ({@code "date published"}); by default the field's name in words. */
    String verboseName() default "";

    String helpText() default "";

    /** False hides the field from model forms and {@code fullClean()}'s checks. */
    boolean editable() default true;

    boolean primaryKey() default false;
}
