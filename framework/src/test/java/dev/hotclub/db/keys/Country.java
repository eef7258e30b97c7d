package dev.hotclub.db.keys;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.Meta;
import dev.hotclub.db.models.RelatedManager;
import dev.hotclub.db.models.fields.CharField;

/** A model keyed by a text primary key: no {@code id} column. */
@Meta(ordering = "code")
public class Country extends Model {
    public static final Manager<Country> objects = Manager.of(Country.class);

    @CharField(maxLength = 50)
    public String name;

    @CharField(maxLength = 2, primaryKey = true)
    public String code;

    public RelatedManager<City> cities() {
        return related(City.class);
    }

    @Override
    public String toString() {
        return name;
    }
}
