package dev.hotclub.db.models;

/** Django's {@code Model.MultipleObjectsReturned}: {@code get()} found several rows ("get() returned more than one Question -- it returned 2!"). */
public class MultipleObjectsReturned extends RuntimeException {
    private final Class<? extends Model> model;

    public MultipleObjectsReturned(Class<? extends Model> model, int count) {
        super("get() returned more than one " + model.getSimpleName() + " -- it returned " + (count > 20 ? "more than 20" : count) + "!");
        this.model = model;
    }

    public Class<? extends Model> model() {
        return model;
    }
}
