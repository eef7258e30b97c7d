package dev.hotclub.db.keys;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.JSONField;
import java.util.Map;

/** A JSON document to look into by key. */
public class Doc extends Model {
    public static final Manager<Doc> objects = Manager.of(Doc.class);

    @CharField(maxLength = 10)
    public String label;

    @JSONField(nullable = true)
    public Map<String, Object> data;
}
