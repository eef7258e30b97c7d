package dev.hotclub.db.keys;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.OnDelete;
import dev.hotclub.db.models.Ref;
import dev.hotclub.db.models.fields.BigAutoField;
import dev.hotclub.db.models.fields.ForeignKey;

/** A BigAutoField under another name, and a foreign key to a UUID key (uuid / char(32)). */
public class Stamp extends Model {
    public static final Manager<Stamp> objects = Manager.of(Stamp.class);

    @BigAutoField
    public Long serial;

    @ForeignKey(onDelete = OnDelete.PROTECT, nullable = true)
    public Ref<Ticket> ticket;
}
