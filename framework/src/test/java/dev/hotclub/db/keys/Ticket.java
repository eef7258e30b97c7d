package dev.hotclub.db.keys;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.OnDelete;
import dev.hotclub.db.models.Ref;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.ForeignKey;
import dev.hotclub.db.models.fields.UUIDField;
import java.util.UUID;

/** Django's {@code id = UUIDField(primary_key=True, default=uuid.uuid4)}: the field hides the inherited Long id. */
public class Ticket extends Model {
    public static final Manager<Ticket> objects = Manager.of(Ticket.class);

    @UUIDField(primaryKey = true)
    public UUID id = UUID.randomUUID();

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Traveller> traveller;

    @CharField(maxLength = 5)
    public String seat;
}
