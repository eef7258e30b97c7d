package dev.hotclub.db.library;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.OnDelete;
import dev.hotclub.db.models.Ref;
import dev.hotclub.db.models.fields.ForeignKey;
import dev.hotclub.db.models.fields.OneToOneField;
import dev.hotclub.db.models.fields.TextField;

public class Profile extends Model {
    public static final Manager<Profile> objects = Manager.of(Profile.class);

    @OneToOneField(onDelete = OnDelete.CASCADE)
    public Ref<Author> author;

    @ForeignKey(onDelete = OnDelete.SET_DEFAULT, nullable = true, blank = true, relatedName = "favouredBy")
    public Ref<Publisher> favourite;

    @TextField(blank = true)
    public String bio = "";
}
