package dev.hotclub.forms;

import dev.hotclub.forms.widgets.TextInput;

/** Django's {@code SlugField}: ASCII letters, numbers, underscores or hyphens. */
public class SlugField extends CharField {
    public SlugField() {
        super(new TextInput());
        validators(Validators.slug());
    }
}
