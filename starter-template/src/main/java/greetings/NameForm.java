package greetings;

import dev.hotclub.forms.CharField;
import dev.hotclub.forms.Field;
import dev.hotclub.forms.Form;
import dev.hotclub.forms.ValidationError;
import dev.hotclub.forms.widgets.TextInput;

/** The say-hello form (Django's {@code forms.Form}): one name, at most 100 characters, without a "/". */
public final class NameForm extends Form {
    /** The longest name the form takes: the greeting's address holds it. */
    static final int MAX_NAME_LENGTH = 100;

    final Field<String> name = field("name", new CharField().maxLength(MAX_NAME_LENGTH)
            .widget(new TextInput().attr("autofocus", true)).label("Your name")
            .errorMessage("required", "Please enter a name."), NameForm::cleanName);

    /** Django's {@code clean_name()}: the greeting's address is /greetings/<str:name>/, and a str never holds "/". */
    private static String cleanName(String name) {
        if (name.contains("/")) {
            throw new ValidationError("Please enter a name without \"/\".");
        }
        return name;
    }
}
