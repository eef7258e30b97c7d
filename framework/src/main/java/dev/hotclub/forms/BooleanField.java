package dev.hotclub.forms;

import dev.hotclub.forms.widgets.CheckboxInput;

/**
 * Django's {@code BooleanField}: a checkbox. {@code "false"} and {@code "0"} (any case) are false. Required means
 * the box must be ticked ("I agree"): for an optional yes/no, write {@code required(false)}.
 */
public class BooleanField extends Field<Boolean> {
    public BooleanField() {
        super(new CheckboxInput());
    }

    @Override
    protected Boolean toPython(Object value) {
        if (value instanceof String s && (s.equalsIgnoreCase("false") || s.equals("0"))) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return !(value == null || "".equals(value));
    }

    @Override
    protected void validate(Boolean value) {
        if (!value && isRequired()) {
            throw error("required");
        }
    }

    @Override
    protected void runValidators(Boolean value) {
        super.runValidators(value);
    }

    @Override
    public boolean hasChanged(Object initial, Object data) {
        return !isDisabled() && !toPython(initial).equals(toPython(data));
    }
}
