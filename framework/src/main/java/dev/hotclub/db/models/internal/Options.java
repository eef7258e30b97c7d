package dev.hotclub.db.models.internal;

import dev.hotclub.db.models.OnDelete;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/** The options of any field annotation, read by member name (the annotations share them but Java has no annotation inheritance). */
final class Options {
    boolean nullable;
    boolean blank;
    boolean unique;
    boolean dbIndex;
    String dbColumn = "";
    String verboseName = "";
    String helpText = "";
    boolean editable = true;
    boolean primaryKey;
    Integer maxLength;
    Integer maxDigits;
    Integer decimalPlaces;
    boolean autoNow;
    boolean autoNowAdd;
    OnDelete onDelete;
    String relatedName = "";
    String relatedQueryName = "";
    Class<?> through = Void.class;
    String dbTable = "";

    static Options of(Annotation annotation) {
        Options o = new Options();
        for (Method m : annotation.annotationType().getDeclaredMethods()) {
            Object v;
            try {
                v = m.invoke(annotation);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            switch (m.getName()) {
                case "nullable" -> o.nullable = (Boolean) v;
                case "blank" -> o.blank = (Boolean) v;
                case "unique" -> o.unique = (Boolean) v;
                case "dbIndex" -> o.dbIndex = (Boolean) v;
                case "dbColumn" -> o.dbColumn = (String) v;
                case "verboseName" -> o.verboseName = (String) v;
                case "helpText" -> o.helpText = (String) v;
                case "editable" -> o.editable = (Boolean) v;
                case "primaryKey" -> o.primaryKey = (Boolean) v;
                case "maxLength" -> o.maxLength = (Integer) v;
                case "maxDigits" -> o.maxDigits = (Integer) v;
                case "decimalPlaces" -> o.decimalPlaces = (Integer) v;
                case "autoNow" -> o.autoNow = (Boolean) v;
                case "autoNowAdd" -> o.autoNowAdd = (Boolean) v;
                case "onDelete" -> o.onDelete = (OnDelete) v;
                case "relatedName" -> o.relatedName = (String) v;
                case "relatedQueryName" -> o.relatedQueryName = (String) v;
                case "through" -> o.through = (Class<?>) v;
                case "dbTable" -> o.dbTable = (String) v;
                default -> throw new IllegalStateException("unknown field option " + m.getName());
            }
        }
        return o;
    }
}
