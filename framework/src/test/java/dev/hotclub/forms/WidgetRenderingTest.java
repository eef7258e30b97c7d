package dev.hotclub.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotclub.forms.widgets.ClearableFileInput;
import dev.hotclub.forms.widgets.DateInput;
import dev.hotclub.forms.widgets.MultipleHiddenInput;
import dev.hotclub.forms.widgets.PasswordInput;
import dev.hotclub.forms.widgets.RadioSelect;
import dev.hotclub.forms.widgets.Select;
import dev.hotclub.forms.widgets.Textarea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Widgets alone, against the HTML Django 3.2's {@code widget.render(...)} gave for the same arguments. */
@DisplayName("Widgets render as Django's")
class WidgetRenderingTest {
    private static final List<Choice> GROUPED = List.of(Choice.group("g", Choice.of("a", "A")), Choice.of("c", "C"));

    private static Map<String, Object> id() {
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("id", "id_f");
        return attrs;
    }

    @Test
    @DisplayName("a select with an optgroup")
    void selectGroups() {
        assertEquals("<select name=\"f\" id=\"id_f\">\n  <optgroup label=\"g\">\n  <option value=\"a\" selected>A</option>"
                + "\n\n  </optgroup>\n  <option value=\"c\">C</option>\n\n</select>",
                new Select().choices(() -> GROUPED).render("f", "a", id()));
    }

    @Test
    @DisplayName("radio buttons with a group, and without ids")
    void radios() {
        assertEquals("<ul id=\"id_f\">\n  <li>g<ul id=\"id_f_0\">\n    <li><label for=\"id_f_0_0\"><input type=\"radio\""
                + " name=\"f\" value=\"a\" id=\"id_f_0_0\" checked>\n A</label>\n\n</li>\n  </ul></li>\n    <li><label"
                + " for=\"id_f_1\"><input type=\"radio\" name=\"f\" value=\"c\" id=\"id_f_1\">\n C</label>\n\n</li>\n</ul>",
                new RadioSelect().choices(() -> GROUPED).render("f", "a", id()));
        assertEquals("<ul>\n    <li><label><input type=\"radio\" name=\"f\" value=\"a\">\n A</label>\n\n</li>\n</ul>",
                new RadioSelect().choices(() -> Choice.pairs("a", "A")).render("f", null, new LinkedHashMap<>()));
    }

    @Test
    @DisplayName("a clearable file input showing the current file, escaped")
    void clearableFile() {
        ClearableFileInput.StoredFile stored = new ClearableFileInput.StoredFile() {
            @Override
            public String url() {
                return "/media/a&b.txt";
            }

            @Override
            public String name() {
                return "a&b.txt";
            }
        };
        assertEquals("Currently: <a href=\"/media/a&amp;b.txt\">a&amp;b.txt</a>\n<input type=\"checkbox\" name=\"f-clear\""
                + " id=\"f-clear_id\">\n<label for=\"f-clear_id\">Clear</label><br>\nChange:\n<input type=\"file\""
                + " name=\"f\" id=\"id_f\">", new ClearableFileInput().render("f", stored, id()));
    }

    @Test
    @DisplayName("attributes in order and escaped; a type attribute; hidden lists; passwords not shown")
    void attributes() {
        assertEquals("<textarea name=\"f\" cols=\"40\" rows=\"3\" class=\"x&quot;y\" id=\"id_f\">\n&lt;b&gt;</textarea>",
                new Textarea().attr("rows", 3).attr("class", "x\"y").render("f", "<b>", id()));
        assertEquals("<input type=\"date\" name=\"f\" id=\"id_f\">", new DateInput().attr("type", "date").render("f", null, id()));
        assertEquals("<input type=\"hidden\" name=\"f\" value=\"a\" id=\"id_f_0\"><input type=\"hidden\" name=\"f\""
                + " value=\"b\" id=\"id_f_1\">", new MultipleHiddenInput().render("f", List.of("a", "b"), id()));
        assertEquals("<input type=\"password\" name=\"f\">", new PasswordInput().render("f", "secret", new LinkedHashMap<>()));
    }
}
