package dev.hotclub.forms.widgets;

/** Django's {@code HiddenInput}: {@code <input type="hidden">}. */
public class HiddenInput extends Input {
    public HiddenInput() {
        super("hidden");
    }

    @Override
    public boolean isHidden() {
        return true;
    }
}
