package dev.hotclub.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A FormView in the test Client, with assertFormError")
class FormViewClientTest {
    @TempDir
    Path templates;

    @Test
    @DisplayName("an invalid post keeps the form in the context; assertFormError checks it with Django's messages")
    void assertFormError() throws Exception {
        try (Client client = new Client(ContactSite.project(templates))) {
            TestResponse response = client.post("/contact/", Map.of("subject", "Hi", "sender", "me@example.com"));
            assertEquals(200, response.status());
            response.assertTemplateUsed("contact.html")
                    .assertFormError("form", "message", "This field is required.")
                    .assertFormError("form", "sender", "Please use your own address.");
            assertEquals("The field 'sender' on form 'form' in context 0 does not contain the error 'Nope.' (actual"
                    + " errors: ['Please use your own address.'])", assertThrows(AssertionError.class,
                    () -> response.assertFormError("form", "sender", "Nope.")).getMessage());
            assertEquals("The field 'subject' on form 'form' in context 0 contains no errors", assertThrows(
                    AssertionError.class, () -> response.assertFormError("form", "subject", "x")).getMessage());
            assertEquals("The form 'form' in context 0 does not contain the field 'subjet'", assertThrows(
                    AssertionError.class, () -> response.assertFormError("form", "subjet", "x")).getMessage());
            assertEquals("The form 'frm' was not used to render the response", assertThrows(AssertionError.class,
                    () -> response.assertFormError("frm", "subject", "x")).getMessage());
        }
    }
}
