package dev.hotclub.db.library;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Meta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.DateField;
import dev.hotclub.db.models.fields.EmailField;
import java.time.LocalDate;

@Meta(ordering = "name")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @CharField(maxLength = 50)
    public String name;

    @DateField(nullable = true, blank = true)
    public LocalDate born;

    @EmailField(blank = true)
    public String email = "";
}
