package dev.hotclub.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.QueryDict;
import dev.hotclub.http.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A form cleans as Django's full_clean")
class FormCleaningTest {
    static final class SignupForm extends Form {
        final List<String> calls = new ArrayList<>();
        final Field<String> username = field("username", new CharField().maxLength(10), this::cleanUsername);
        final Field<String> password = field("password", new CharField());
        final Field<String> confirm = field("confirm", new CharField());
        final Field<Integer> age = field("age", new IntegerField().required(false).initial(18));

        private String cleanUsername(String name) {
            calls.add("cleanUsername(" + name + ")");
            if (name.equals("root")) {
                throw new ValidationError("That name is taken.", "taken");
            }
            return name.toLowerCase();
        }

        @Override
        protected void clean() {
            calls.add("clean");
            if (hasCleaned(password) && hasCleaned(confirm) && !cleaned(password).equals(cleaned(confirm))) {
                throw new ValidationError("The passwords differ.", "mismatch");
            }
        }
    }

    @Test
    @DisplayName("field clean, then its hook, then the form's clean; the hook's value is the cleaned value")
    void order() {
        SignupForm form = new SignupForm().bind(Map.of("username", "Ann", "password", "a", "confirm", "a"));
        assertTrue(form.isValid());
        assertEquals(List.of("cleanUsername(Ann)", "clean"), form.calls);
        assertEquals("ann", form.cleaned(form.username));
        assertNull(form.cleaned(form.age), "initial is not a fallback for missing data");
    }

    @Test
    @DisplayName("a hook runs only on a valid field; clean() errors are non-field errors with their codes")
    void errors() {
        SignupForm form = new SignupForm().bind(Map.of("username", "x".repeat(11), "password", "a", "confirm", "b"));
        assertFalse(form.isValid());
        assertEquals(List.of("clean"), form.calls);
        assertEquals(List.of("Ensure this value has at most 10 characters (it has 11)."), form.errors().get("username"));
        assertEquals(List.of("The passwords differ."), form.nonFieldErrors());
        assertTrue(form.hasError(null, "mismatch"));
        assertTrue(form.hasError("username", "max_length"));
        assertEquals("{\"username\":[{\"message\":\"Ensure this value has at most 10 characters (it has 11).\","
                + "\"code\":\"max_length\"}],\"__all__\":[{\"message\":\"The passwords differ.\",\"code\":\"mismatch\"}]}",
                form.errors().asJson());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> form.cleaned(form.username));
        assertEquals("SignupForm's field 'username' has no cleaned value (it has errors: * Ensure this value has at"
                + " most 10 characters (it has 11).). Check form.isValid() or hasCleaned(field) before reading it.",
                e.getMessage());
        SignupForm taken = new SignupForm().bind(Map.of("username", "root", "password", "a", "confirm", "a"));
        assertEquals(List.of("That name is taken."), taken.errors().get("username"));
        assertFalse(taken.cleanedData().containsKey("username"));
    }

    @Test
    @DisplayName("an empty POST is bound and invalid; an unbound form has no errors and is not valid")
    void boundAndUnbound() {
        SignupForm empty = new SignupForm().bind(QueryDict.empty());
        assertTrue(empty.isBound());
        assertFalse(empty.isValid());
        assertEquals(List.of("username", "password", "confirm"), List.copyOf(empty.errors().keySet()));
        SignupForm unbound = new SignupForm();
        assertFalse(unbound.isBound());
        assertFalse(unbound.isValid());
        assertTrue(unbound.errors().isEmpty());
        assertEquals("SignupForm is not bound: there is no cleaned value for 'username'. Bind it to the posted data"
                + " first (form.bind(request)).",
                assertThrows(IllegalStateException.class, () -> unbound.cleaned(unbound.username)).getMessage());
    }

    @Test
    @DisplayName("addError: to a field (removing its value), to the form, to several fields; unknown fields refused")
    void addError() {
        SignupForm form = new SignupForm().bind(Map.of("username", "ann", "password", "a", "confirm", "a"));
        assertTrue(form.isValid());
        form.addError("password", "Too short.");
        form.addError(null, ValidationError.forFields(Map.of("confirm", List.of(new ValidationError.Message("No.",
                "no", Map.of())))));
        assertFalse(form.isValid());
        assertFalse(form.cleanedData().containsKey("password"));
        assertEquals(List.of("No."), form.errors().get("confirm"));
        assertEquals("'SignupForm' has no field named 'pasword'.",
                assertThrows(IllegalArgumentException.class, () -> form.addError("pasword", "x")).getMessage());
        assertEquals("The argument `field` must be `None` when the `error` argument contains errors for multiple"
                + " fields.", assertThrows(IllegalArgumentException.class, () -> form.addError("password",
                ValidationError.forFields(Map.of()))).getMessage());
    }

    @Test
    @DisplayName("error messages can be replaced per code, also for a validator's error")
    void errorMessages() {
        class NameForm extends Form {
            final Field<String> name = field("name", new CharField().maxLength(2)
                    .errorMessage("required", "Name, please.").errorMessage("max_length", "%(limit_value)d at most."));
        }
        assertEquals(List.of("2 at most."), new NameForm().bind(Map.of("name", "abc")).errors().get("name"));
        assertEquals(List.of("Name, please."), new NameForm().bind(Map.of("name", " ")).errors().get("name"));
    }

    @Test
    @DisplayName("hasChanged compares with initial values; a prefix names every field")
    void changesAndPrefix() {
        SignupForm same = new SignupForm().prefix("s").bind(Map.of("s-age", "18"));
        assertEquals(List.of(), same.changedData());
        SignupForm changed = new SignupForm().prefix("s").bind(Map.of("s-age", "19", "s-username", "x"));
        assertEquals(List.of("username", "age"), changed.changedData());
        assertEquals("s-username", changed.get("username").htmlName());
        assertEquals("id_s-username", changed.get("username").autoId());
    }

    @Test
    @DisplayName("a disabled field keeps its initial value whatever is posted")
    void disabled() {
        Form form = new Form() {
            final Field<String> plan = field("plan", new CharField().disabled(true).initial("free"));
        }.bind(Map.of("plan", "gold"));
        assertTrue(form.isValid());
        assertEquals("free", form.cleanedData().get("plan"));
        assertFalse(form.hasChanged());
        assertTrue(form.get("plan").toHtml().contains(" disabled "), form.get("plan").toHtml());
    }

    @Test
    @DisplayName("a file field takes the upload, refuses an empty one, and makes the form multipart")
    void files() {
        class UploadForm extends Form {
            final Field<UploadedFile> doc = field("doc", new FileField());
        }
        UploadedFile file = new UploadedFile("doc", "a.txt", "text/plain", 2, "hi".getBytes(StandardCharsets.UTF_8), null);
        UploadForm form = new UploadForm().bind(QueryDict.empty(), Map.of("doc", List.of(file)));
        assertTrue(form.isMultipart());
        assertTrue(form.isValid());
        assertEquals("a.txt", form.cleaned(form.doc).fileName());
        UploadedFile empty = new UploadedFile("doc", "b.txt", "text/plain", 0, new byte[0], null);
        assertEquals(List.of("The submitted file is empty."),
                new UploadForm().bind(QueryDict.empty(), Map.of("doc", List.of(empty))).errors().get("doc"));
        assertEquals(List.of("This field is required."), new UploadForm().bind(QueryDict.empty()).errors().get("doc"));
    }

    @Test
    @DisplayName("a field declared twice, or shared between forms, is refused at once")
    void declarationErrors() {
        class Twice extends Form {
            final Field<String> a = field("a", new CharField());
            final Field<String> b = field("a", new CharField());
        }
        assertEquals("Twice declares the field 'a' twice",
                assertThrows(IllegalArgumentException.class, Twice::new).getMessage());
    }
}
