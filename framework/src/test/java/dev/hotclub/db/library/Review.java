package dev.hotclub.db.library;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.OnDelete;
import dev.hotclub.db.models.Ref;
import dev.hotclub.db.models.fields.ForeignKey;
import dev.hotclub.db.models.fields.TextField;

public class Review extends Model {
    public static final Manager<Review> objects = Manager.of(Review.class);

    @ForeignKey(onDelete = OnDelete.RESTRICT)
    public Ref<Book> book;

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Author> author;

    @TextField
    public String text;
}
