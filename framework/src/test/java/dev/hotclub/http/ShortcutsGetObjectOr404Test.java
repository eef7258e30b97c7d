package dev.hotclub.http;

import static dev.hotclub.shortcuts.Shortcuts.getObjectOr404;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("getObjectOr404, Django's get_object_or_404")
class ShortcutsGetObjectOr404Test {
    record Question(int id) {
    }

    @Test
    @DisplayName("gives what the Optional holds")
    void givesTheValue() {
        assertEquals(new Question(1), getObjectOr404(Optional.of(new Question(1)), "none"));
        assertEquals(new Question(2), getObjectOr404(Question.class, Optional.of(new Question(2))));
    }

    @Test
    @DisplayName("throws Http404 with the message given, or Django's for the type")
    void throwsHttp404() {
        assertEquals("No poll 7", assertThrows(Http404.class,
                () -> getObjectOr404(Optional.empty(), "No poll 7")).getMessage());
        assertEquals("No Question matches the given query.", assertThrows(Http404.class,
                () -> getObjectOr404(Question.class, Optional.empty())).getMessage());
    }
}
