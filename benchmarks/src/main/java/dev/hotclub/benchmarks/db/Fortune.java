package dev.hotclub.benchmarks.db;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Meta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.fields.CharField;

/** TechEmpower's Fortune row: 12 of them, one a {@code <script>} that must come out escaped, one in Japanese. */
@Meta(appLabel = "tfb", dbTable = "fortune")
public class Fortune extends Model {
    public static final Manager<Fortune> objects = Manager.of(Fortune.class);

    @CharField(maxLength = 2048)
    public String message;

    public Fortune() {
    }

    Fortune(long id, String message) {
        this.id = id;
        this.message = message;
    }
}
