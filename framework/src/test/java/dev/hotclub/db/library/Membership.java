package dev.hotclub.db.library;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.OnDelete;
import dev.hotclub.db.models.Ref;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.ForeignKey;

public class Membership extends Model {
    public static final Manager<Membership> objects = Manager.of(Membership.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Author> person;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Club> club;

    @CharField(maxLength = 20)
    public String role = "member";
}
