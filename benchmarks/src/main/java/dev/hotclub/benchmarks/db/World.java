package dev.hotclub.benchmarks.db;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Meta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.fields.IntegerField;

/** TechEmpower's World row: 10,000 of them, ids 1 to 10,000, a random number 1 to 10,000 each. */
@Meta(appLabel = "tfb", dbTable = "world")
public class World extends Model {
    public static final Manager<World> objects = Manager.of(World.class);

    @IntegerField(dbColumn = "randomnumber")
    public int randomNumber;
}
