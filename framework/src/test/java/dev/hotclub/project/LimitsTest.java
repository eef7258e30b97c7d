package dev.hotclub.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The project's server limits")
class LimitsTest {
    @Test
    @DisplayName("a project has nginx's, gunicorn's and Django's defaults unless it sets its own")
    void defaults() {
        Limits limits = Project.named("site").build().settings().get(Limits.LIMITS);
        assertEquals(new Limits(8190, 65_536, 100, 2_621_440, Duration.ofSeconds(30), Duration.ofSeconds(60),
                Duration.ofSeconds(60), Duration.ofSeconds(30)), limits);
        Limits mine = Limits.defaults().withShutdownGrace(Duration.ZERO).withMaxRequestLineBytes(4094);
        assertEquals(mine, Project.named("site").limits(mine).build().settings().get(Limits.LIMITS));
        assertEquals(Duration.ZERO, mine.shutdownGrace());
        assertEquals(4094, mine.maxRequestLineBytes());
    }

    @Test
    @DisplayName("a limit that cannot work is refused with what was given and what to give")
    void refused() {
        assertEquals("readTimeout must be a positive duration of at most 24 days, e.g. Duration.ofSeconds(30); got PT0S",
                assertThrows(IllegalArgumentException.class,
                        () -> Limits.defaults().withReadTimeout(Duration.ZERO)).getMessage());
        assertEquals("maxHeaderBytes must be at least 16384 and at least maxRequestLineBytes (8190); got 1000",
                assertThrows(IllegalArgumentException.class,
                        () -> Limits.defaults().withMaxHeaderBytes(1000)).getMessage());
        assertEquals("maxMemoryBodyBytes must be positive; got -1", assertThrows(IllegalArgumentException.class,
                () -> Limits.defaults().withMaxMemoryBodyBytes(-1)).getMessage());
        assertEquals("limits cannot be null; use Limits.defaults() and its with... methods",
                assertThrows(IllegalArgumentException.class, () -> Project.named("site").limits(null)).getMessage());
    }
}
