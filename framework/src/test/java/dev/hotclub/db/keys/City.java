package dev.hotclub.db.keys;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.OnDelete;
import dev.hotclub.db.models.Ref;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.ForeignKey;

/** An automatic id, and a foreign key to a text key ({@code country_id varchar(2)}). */
public class City extends Model {
    public static final Manager<City> objects = Manager.of(City.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "cities")
    public Ref<Country> country;

    @CharField(maxLength = 50)
    public String name;
}
