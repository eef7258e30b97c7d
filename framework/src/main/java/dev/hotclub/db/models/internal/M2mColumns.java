package dev.hotclub.db.models.internal;

import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.ModelMeta;

/** The join table of a many-to-many field and its two columns: the owner's and the target's. */
public record M2mColumns(String table, String sourceColumn, String targetColumn) {
    public static M2mColumns of(ModelMeta owner, FieldMeta field) {
        ModelMeta target = ModelMeta.of(field.relatedModel());
        if (field.through() != null) {
            ModelMeta through = ModelMeta.of(field.through());
            String source = null;
            String targetColumn = null;
            for (FieldMeta f : through.fields()) {
                if (f.isRelation() && f.relatedModel() == owner.modelClass() && source == null) {
                    source = f.column();
                } else if (f.isRelation() && f.relatedModel() == target.modelClass() && targetColumn == null) {
                    targetColumn = f.column();
                }
            }
            if (source == null || targetColumn == null) {
                throw new IllegalArgumentException("The through model " + through.label() + " of " + owner.objectName() + "."
                        + field.name() + " needs a ForeignKey to " + owner.objectName() + " and one to " + target.objectName() + ".");
            }
            return new M2mColumns(through.dbTable(), source, targetColumn);
        }
        if (owner.modelClass() == target.modelClass()) {
            return new M2mColumns(field.m2mTable(), "from_" + owner.modelName() + "_id", "to_" + target.modelName() + "_id");
        }
        return new M2mColumns(field.m2mTable(), owner.modelName() + "_id", target.modelName() + "_id");
    }
}
