package dev.hotclub.db.models;

import dev.hotclub.db.models.internal.Sql;
import java.util.List;

/**
 * A model's entry point to its rows (Django's {@code Model.objects}): every QuerySet method starts here.
 *
 * <pre>{@code
 * public static final Manager<Question> objects = Manager.of(Question.class);
 * }</pre>
 */
public class Manager<T extends Model> extends QuerySet<T> {
    protected Manager(Class<T> model) {
        super(model);
    }

    public static <T extends Model> Manager<T> of(Class<T> model) {
        return new Manager<>(model);
    }

    /**
     * Instances from your own SQL (Django's {@code raw()}): columns are matched to fields by column name, values are
     * bound to the {@code ?} placeholders, never pasted into the text.
     */
    @SuppressWarnings("unchecked")
    public List<T> raw(String sql, Object... params) {
        return (List<T>) Rows.raw(this, new Sql(sql, List.of(params)));
    }
}
