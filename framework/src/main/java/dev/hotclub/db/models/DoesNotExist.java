package dev.hotclub.db.models;

/** Django's {@code Model.DoesNotExist}: {@code get()} found no row ("Question matching query does not exist."). */
public class DoesNotExist extends RuntimeException {
    private final Class<? extends Model> model;

    public DoesNotExist(Class<? extends Model> model) {
        super(model.getSimpleName() + " matching query does not exist.");
        this.model = model;
    }

    public Class<? extends Model> model() {
        return model;
    }
}
