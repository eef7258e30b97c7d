package dev.hotclub.forms;

import dev.hotclub.forms.widgets.TextInput;
import dev.hotclub.forms.widgets.Widget;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code CharField}: text, stripped of surrounding whitespace unless {@code strip(false)}; an empty
 * value cleans to {@code ""} (or {@link #emptyValue}). {@code maxLength}/{@code minLength} add Django's length
 * validators and the {@code maxlength}/{@code minlength} attributes.
 */
public class CharField extends Field<String> {
    private Integer maxLength;
    private Integer minLength;
    private boolean strip = true;
    private String emptyValue = "";

    public CharField() {
        this(new TextInput());
    }

    protected CharField(Widget widget) {
        super(widget);
        validators(Validators.prohibitNullCharacters());
    }

    public CharField maxLength(int maxLength) {
        this.maxLength = maxLength;
        validators(Validators.maxLength(maxLength));
        return this;
    }

    public CharField minLength(int minLength) {
        this.minLength = minLength;
        validators(Validators.minLength(minLength));
        return this;
    }

    public CharField strip(boolean strip) {
        this.strip = strip;
        return this;
    }

    /** What an empty value cleans to: {@code ""} by default, {@code null} for a nullable value. */
    public CharField emptyValue(String emptyValue) {
        this.emptyValue = emptyValue;
        return this;
    }

    public Integer maxLength() {
        return maxLength;
    }

    @Override
    protected String toPython(Object value) {
        if (isEmptyValue(value)) {
            return emptyValue;
        }
        String text = String.valueOf(value);
        if (strip) {
            text = text.strip();
        }
        return text.isEmpty() ? emptyValue : text;
    }

    @Override
    public Map<String, Object> widgetAttrs(Widget widget) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (maxLength != null && !widget.isHidden()) {
            attrs.put("maxlength", String.valueOf(maxLength));
        }
        if (minLength != null && !widget.isHidden()) {
            attrs.put("minlength", String.valueOf(minLength));
        }
        return attrs;
    }
}
