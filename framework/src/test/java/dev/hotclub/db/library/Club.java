package dev.hotclub.db.library;

import dev.hotclub.db.models.ManyToMany;
import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.ManyToManyField;

public class Club extends Model {
    public static final Manager<Club> objects = Manager.of(Club.class);

    @CharField(maxLength = 50)
    public String name;

    @ManyToManyField(through = Membership.class, relatedName = "clubs")
    public ManyToMany<Author> members;
}
