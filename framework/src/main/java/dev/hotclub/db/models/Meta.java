package dev.hotclub.db.models;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A model's options (Django's {@code class Meta}).
 *
 * <pre>{@code
 * @Meta(ordering = "-pubDate", verboseName = "poll question")
 * public class Question extends Model { ... }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Meta {
    /** The app the model belongs to; by default the last segment of the model's package ({@code polls}). */
    String appLabel() default "";

    /** The table; by default {@code <app label>_<model name in lower case>} ({@code polls_question}). */
    String dbTable() default "";

    /** The default order of querysets: field names, {@code "-"} before one for descending. */
    String[] ordering() default {};

    String verboseName() default "";

    String verboseNamePlural() default "";

    /** Django's {@code unique_together}: each entry is a comma-separated list of fields ({@code "question, choiceText"}). */
    String[] uniqueTogether() default {};

    /**
     * The automatic primary key's type: {@code "BigAutoField"} (64-bit, the default, as Django's new projects) or
     * {@code "AutoField"} (32-bit {@code integer}/{@code serial}: Django's own apps' tables, such as {@code auth_user},
     * and tables of older Django projects). Django sets it per app ({@code AppConfig.default_auto_field}).
     */
    String autoField() default "BigAutoField";
}
