package dev.hotclub.forms.widgets;

import dev.hotclub.http.Html;
import dev.hotclub.http.QueryDict;
import dev.hotclub.http.UploadedFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a field shows in HTML and how its value is read back from the posted data (Django's {@code Widget}).
 * Attributes given with {@link #attr} / {@link #attrs} are written on the element, escaped, in the order given;
 * {@code true} writes a bare attribute ({@code required}), {@code false} or {@code null} leaves it out.
 *
 * <pre>{@code
 * new CharField().widget(new Textarea().attr("rows", 4).attr("class", "wide"))
 * }</pre>
 */
public abstract class Widget {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Map<String, Object> attrs = new LinkedHashMap<>();
    private boolean required;

    /** Sets one attribute. */
    public Widget attr(String name, Object value) {
        attrs.put(name, value);
        return this;
    }

    /** Sets several attributes, in the map's order. */
    public Widget attrs(Map<String, ?> more) {
        more.forEach(this::attr);
        return this;
    }

    /** The attributes set on this widget. */
    public Map<String, Object> attrs() {
        return attrs;
    }

    /** Set by the field: whether it is required (a clearable file input offers "Clear" only when it is not). */
    public void setRequired(boolean required) {
        this.required = required;
    }

    public boolean isRequired() {
        return required;
    }

    /** A hidden widget renders no label or row of its own. */
    public boolean isHidden() {
        return false;
    }

    /** Whether the form needs {@code enctype="multipart/form-data"}. */
    public boolean needsMultipartForm() {
        return false;
    }

    /**
     * The HTML for the field {@code name} showing {@code value}, with this widget's attributes then
     * {@code extraAttrs} (Django's {@code render}: a form adds the field's, {@code required}, {@code id}...).
     */
    public final String render(String name, Object value, Map<String, ?> extraAttrs) {
        Map<String, Object> all = new LinkedHashMap<>(attrs);
        all.putAll(extraAttrs);
        return renderHtml(name, value, all);
    }

    /** The HTML with the final attributes. */
    protected abstract String renderHtml(String name, Object value, Map<String, Object> attrs);

    /** The posted value for {@code name}: a string by default, {@code null} when absent. */
    public Object valueFromData(QueryDict data, Map<String, List<UploadedFile>> files, String name) {
        return data.get(name);
    }

    /** Whether the posted data leaves this field out entirely. */
    public boolean valueOmittedFromData(QueryDict data, Map<String, List<UploadedFile>> files, String name) {
        return !data.containsKey(name);
    }

    /** The id a {@code <label for>} points to, for the widget whose id is {@code id}. */
    public String idForLabel(String id) {
        return id;
    }

    /** Whether the {@code required} attribute may be written, given the initial value. */
    public boolean useRequiredAttribute(Object initial) {
        return !isHidden();
    }

    /** The value as it is written in the HTML, or {@code null} for none (Django's {@code format_value}). */
    protected String formatValue(Object value) {
        if (value == null || "".equals(value)) {
            return null;
        }
        return displayString(value);
    }

    /** Python's {@code str()} of the values fields hold, as Django's widgets print them. */
    static String displayString(Object value) {
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e16) {
                return String.valueOf((long) d) + ".0";
            }
            return String.valueOf(d);
        }
        if (value instanceof LocalDateTime dt) {
            return dt.format(DATETIME);
        }
        if (value instanceof OffsetDateTime dt) {
            return dt.toLocalDateTime().format(DATETIME);
        }
        if (value instanceof ZonedDateTime dt) {
            return dt.toLocalDateTime().format(DATETIME);
        }
        if (value instanceof LocalTime t) {
            return t.format(TIME);
        }
        if (value instanceof LocalDate d) {
            return d.format(DATE);
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append('\'').append(list.get(i)).append('\'');
            }
            return out.append(']').toString();
        }
        return String.valueOf(value);
    }

    /** Django's {@code attrs.html}: {@code  name="value"} for each attribute, escaped. */
    protected static String renderAttrs(Map<String, Object> attrs) {
        StringBuilder out = new StringBuilder();
        attrs.forEach((name, value) -> {
            if (value == null || Boolean.FALSE.equals(value)) {
                return;
            }
            out.append(' ').append(Html.escape(name));
            if (!Boolean.TRUE.equals(value)) {
                out.append("=\"").append(Html.escape(displayString(value))).append('"');
            }
        });
        return out.toString();
    }
}
