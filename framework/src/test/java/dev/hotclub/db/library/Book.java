package dev.hotclub.db.library;

import dev.hotclub.db.models.CheckConstraint;
import dev.hotclub.db.models.ManyToMany;
import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Meta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.OnDelete;
import dev.hotclub.db.models.Ref;
import dev.hotclub.db.models.UniqueConstraint;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.DecimalField;
import dev.hotclub.db.models.fields.ForeignKey;
import dev.hotclub.db.models.fields.IntegerField;
import dev.hotclub.db.models.fields.ManyToManyField;
import java.math.BigDecimal;

@Meta(ordering = "title")
@UniqueConstraint(name = "book_title_author_uniq", fields = {"title", "author"})
@CheckConstraint(name = "book_pages_not_negative", check = "pages__gte=0")
public class Book extends Model {
    public static final Manager<Book> objects = Manager.of(Book.class);

    @CharField(maxLength = 100)
    public String title;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books")
    public Ref<Author> author;

    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, blank = true, relatedName = "edited")
    public Ref<Author> editor;

    @ForeignKey(onDelete = OnDelete.PROTECT, nullable = true, blank = true)
    public Ref<Publisher> publisher;

    @IntegerField
    public int pages;

    @IntegerField(nullable = true, blank = true)
    public Integer rating;

    @DecimalField(maxDigits = 6, decimalPlaces = 2, nullable = true, blank = true)
    public BigDecimal price;

    @ManyToManyField(relatedName = "books")
    public ManyToMany<Tag> tags;

    @Override
    public String toString() {
        return title;
    }
}
