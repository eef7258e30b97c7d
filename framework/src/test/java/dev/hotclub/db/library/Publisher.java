package dev.hotclub.db.library;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.fields.CharField;

public class Publisher extends Model {
    public static final Manager<Publisher> objects = Manager.of(Publisher.class);

    @CharField(maxLength = 100, unique = true)
    public String name;
}
