package dev.hotclub.db.keys;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.ManyToMany;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.fields.AutoField;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.ManyToManyField;

/** An automatic key under another name, and a many-to-many to a text key. */
public class Traveller extends Model {
    public static final Manager<Traveller> objects = Manager.of(Traveller.class);

    @AutoField
    public Long number;

    @CharField(maxLength = 50)
    public String name;

    @ManyToManyField(relatedName = "travellers")
    public ManyToMany<Country> visited;
}
