package dev.hotclub.db.library;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.fields.SlugField;

public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class);

    @SlugField
    public String slug;
}
