package dev.hotclub.auth.models;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Meta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.fields.CharField;

/**
 * Django's {@code ContentType}: one row per installed model ({@code app_label}, {@code model}), in Django's table
 * {@code django_content_type}, which permissions point at.
 */
@Meta(appLabel = "contenttypes", dbTable = "django_content_type", uniqueTogether = "appLabel, model",
        verboseName = "content type", autoField = "AutoField")
public class ContentType extends Model {
    public static final Manager<ContentType> objects = Manager.of(ContentType.class);

    @CharField(maxLength = 100)
    public String appLabel;

    /** The model's name in lower case ({@code question}). */
    @CharField(maxLength = 100, verboseName = "python model class name")
    public String model;

    /** The row for {@code model}, created when missing (Django's {@code ContentType.objects.get_for_model}). */
    public static ContentType forModel(Class<? extends Model> model) {
        ModelMeta meta = ModelMeta.of(model);
        return objects.getOrCreate(dev.hotclub.db.models.Q.where("appLabel", meta.appLabel(), "model", meta.modelName()),
                c -> { }).object();
    }

    /** Django's {@code app_labeled_name} is the verbose one; this is {@code app_label.model}. */
    @Override
    public String toString() {
        return appLabel + "." + model;
    }
}
