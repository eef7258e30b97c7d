package dev.hotclub.forms;

import dev.hotclub.forms.widgets.NullBooleanSelect;

/** Django's {@code NullBooleanField}: Yes, No or Unknown ({@code null}); it never raises "required". */
public class NullBooleanField extends Field<Boolean> {
    public NullBooleanField() {
        super(new NullBooleanSelect());
    }

    @Override
    protected Boolean toPython(Object value) {
        if (Boolean.TRUE.equals(value) || "True".equals(value) || "true".equals(value) || "1".equals(value)) {
            return true;
        }
        if (Boolean.FALSE.equals(value) || "False".equals(value) || "false".equals(value) || "0".equals(value)) {
            return false;
        }
        return null;
    }

    @Override
    protected void validate(Boolean value) {
    }

    @Override
    public boolean hasChanged(Object initial, Object data) {
        return !isDisabled() && !java.util.Objects.equals(toPython(initial), toPython(data));
    }
}
