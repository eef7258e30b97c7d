package dev.hotclub.db.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Django's {@code Model.full_clean()}: field rules then unique checks, with Django's messages. */
final class Validation {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern URL = Pattern.compile("^(https?|ftps?)://[^\\s/$.?#][^\\s]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SLUG = Pattern.compile("^[-a-zA-Z0-9_]+$");

    private Validation() {
    }

    static void fullClean(Model instance, java.util.Collection<String> exclude) {
        ModelMeta meta = instance.meta();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldMeta f : meta.concreteFields()) {
            if (f.kind().isAuto() || !f.editable() || exclude.contains(f.name())) {
                continue;
            }
            Object value = f.isRelation() ? ((Ref<?>) f.get(instance)).pk() : f.get(instance);
            boolean empty = value == null || "".equals(value);
            if (empty && f.blank()) {
                continue;
            }
            String message = check(f, value, empty);
            if (message != null) {
                errors.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(message);
            }
        }
        uniqueChecks(instance, meta, errors, exclude);
        if (!errors.isEmpty()) {
            throw new ValidationError(errors);
        }
    }

    private static String check(FieldMeta f, Object value, boolean empty) {
        if (!f.choices().isEmpty() && !empty && f.choices().stream().noneMatch(c -> c.value().equals(value instanceof Enum<?> e ? e.name() : value))) {
            return "Value '" + value + "' is not a valid choice.";
        }
        if (value == null && !f.nullable()) {
            return "This field cannot be null.";
        }
        if (empty) {
            return "This field cannot be blank.";
        }
        if (f.maxLength() != null && value instanceof String s && s.codePointCount(0, s.length()) > f.maxLength()) {
            int n = s.codePointCount(0, s.length());
            return "Ensure this value has at most " + f.maxLength() + " character" + (f.maxLength() == 1 ? "" : "s")
                    + " (it has " + n + ").";
        }
        return switch (f.kind()) {
            case EMAIL -> EMAIL.matcher(value.toString()).matches() ? null : "Enter a valid email address.";
            case URL -> URL.matcher(value.toString()).matches() ? null : "Enter a valid URL.";
            case SLUG -> SLUG.matcher(value.toString()).matches() ? null
                    : "Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.";
            case POSITIVE_INTEGER -> ((Number) value).longValue() >= 0 ? null : "Ensure this value is greater than or equal to 0.";
            case DECIMAL -> decimal(f, (java.math.BigDecimal) value);
            default -> null;
        };
    }

    private static String decimal(FieldMeta f, java.math.BigDecimal value) {
        java.math.BigDecimal d = value.stripTrailingZeros();
        int places = Math.max(0, d.scale());
        int digits = Math.max(d.precision(), places);
        int whole = digits - places;
        if (digits > f.maxDigits()) {
            return "Ensure that there are no more than " + f.maxDigits() + " digits in total.";
        }
        if (places > f.decimalPlaces()) {
            return "Ensure that there are no more than " + f.decimalPlaces() + " decimal places.";
        }
        if (whole > f.maxDigits() - f.decimalPlaces()) {
            return "Ensure that there are no more than " + (f.maxDigits() - f.decimalPlaces()) + " digits before the decimal point.";
        }
        return null;
    }

    private static void uniqueChecks(Model instance, ModelMeta meta, Map<String, List<String>> errors,
                                     java.util.Collection<String> exclude) {
        String model = capitalize(meta.verboseName());
        for (FieldMeta f : meta.concreteFields()) {
            if (!f.unique() || f.kind().isAuto() || errors.containsKey(f.name()) || exclude.contains(f.name())) {
                continue;
            }
            Object value = f.isRelation() ? ((Ref<?>) f.get(instance)).pk() : f.get(instance);
            if (value == null) {
                continue;
            }
            if (others(instance, meta, Q.of(f.name(), value))) {
                errors.computeIfAbsent(f.name(), k -> new ArrayList<>())
                        .add(model + " with this " + capitalize(f.verboseName()) + " already exists.");
            }
        }
        for (ModelMeta.Unique unique : meta.uniqueConstraints()) {
            Q q = null;
            boolean skip = false;
            List<String> labels = new ArrayList<>();
            for (String name : unique.fields()) {
                FieldMeta f = meta.field(name).orElseThrow();
                Object value = f.isRelation() ? ((Ref<?>) f.get(instance)).pk() : f.get(instance);
                skip |= value == null || errors.containsKey(name) || exclude.contains(name);
                labels.add(capitalize(f.verboseName()));
                q = q == null ? Q.of(name, value) : q.and(Q.of(name, value));
            }
            if (!skip && others(instance, meta, q)) {
                errors.computeIfAbsent("__all__", k -> new ArrayList<>())
                        .add(model + " with this " + String.join(" and ", labels) + " already exists.");
            }
        }
    }

    private static boolean others(Model instance, ModelMeta meta, Q q) {
        QuerySet<Model> qs = new QuerySet<Model>(meta.modelClass()).using(instance.state().db).filter(q);
        // Django: a new instance (even with a key of its own) is compared with every row; a loaded one not with itself.
        if (!instance.state().adding && instance.pk() != null) {
            qs = qs.exclude("pk", instance.pk());
        }
        return qs.exists();
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
