package dev.hotclub.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.forms.widgets.HiddenInput;
import dev.hotclub.templates.TemplateEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A form in a FreeMarker template")
class FormTemplatesTest {
    @TempDir
    Path dir;

    static final class SignupForm extends Form {
        final Field<String> username = field("username", new CharField().maxLength(20).helpText("Letters only."));
        final Field<String> email = field("email", new EmailField());
        final Field<String> next = field("next", new CharField().required(false).widget(new HiddenInput()));
    }

    private String render(String template, Map<String, ?> context) throws IOException {
        Files.writeString(dir.resolve("t.html"), template);
        try (TemplateEngine engine = TemplateEngine.forFolders(false, dir)) {
            return engine.render("t.html", context);
        }
    }

    @Test
    @DisplayName("${form} prints Django 5's div layout, unescaped, with the values typed escaped")
    void formPrintsItsDivLayout() throws IOException {
        SignupForm form = new SignupForm().bind(Map.of("username", "<script>", "email", "nope", "next", "/x"));
        assertEquals("""
                <form><div>
                <label for="id_username">Username:</label>
                <div class="helptext" id="id_username_helptext">Letters only.</div>
                <input type="text" name="username" value="&lt;script&gt;" maxlength="20" required aria-describedby="id_username_helptext" id="id_username">
                </div>
                <div>
                <label for="id_email">Email:</label>
                <ul class="errorlist" id="id_email_error"><li>Enter a valid email address.</li></ul>
                <input type="email" name="email" value="nope" maxlength="320" required aria-invalid="true" aria-describedby="id_email_error" id="id_email">
                <input type="hidden" name="next" value="/x" id="id_next">
                </div></form>""", render("<form>${form}</form>", Map.of("form", form)));
        assertEquals(form.toHtml(), form.asDiv().toHtml());
    }

    @Test
    @DisplayName("field by field: labels, widgets, errors, help text and Django's snake_case names")
    void fieldByField() throws IOException {
        SignupForm form = new SignupForm().bind(Map.of("username", "", "email", "a@b.co"));
        String template = """
                <#list form.visibleFields as field><p>${field.label_tag} ${field}<#if field.errors?has_content>\
                <#list field.errors as e>[${e}]</#list></#if> (${field.id_for_label}|${field.help_text}|${field.html_name})</p>
                </#list><#list form.hidden_fields as h>${h}</#list>|${form.email.value}|${form.non_field_errors}|${form.errors}""";
        assertEquals("""
                <p><label for="id_username">Username:</label> <input type="text" name="username" maxlength="20" required aria-invalid="true" aria-describedby="id_username_helptext id_username_error" id="id_username">[This field is required.] (id_username|Letters only.|username)</p>
                <p><label for="id_email">Email:</label> <input type="email" name="email" value="a@b.co" maxlength="320" required id="id_email"> (id_email||email)</p>
                <input type="hidden" name="next" id="id_next">|a@b.co||<ul class="errorlist"><li>username<ul class="errorlist"><li>This field is required.</li></ul></li></ul>""",
                render(template, Map.of("form", form)));
    }

    @Test
    @DisplayName("as_p, as_ul and as_table print unescaped too")
    void legacyLayouts() throws IOException {
        SignupForm form = new SignupForm();
        assertEquals(form.asP().toHtml() + "|" + form.asUl().toHtml() + "|" + form.asTable().toHtml(),
                render("${form.as_p}|${form.asUl}|${form.as_table}", Map.of("form", form)));
    }

    @Test
    @DisplayName("an unknown field is an error naming the form's fields, as Django's KeyError")
    void unknownField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SignupForm().get("emial"));
        assertEquals("Key 'emial' not found in 'SignupForm'. Choices are: email, next, username.", e.getMessage());
        assertTrue(assertThrows(Exception.class, () -> render("${form.emial}", Map.of("form", new SignupForm())))
                .getMessage().contains("Key 'emial' not found in 'SignupForm'"));
    }
}
