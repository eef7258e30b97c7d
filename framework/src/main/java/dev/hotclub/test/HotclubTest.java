package dev.hotclub.test;

import dev.hotclub.project.ProjectProvider;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JUnit 5 test class of a Hotclub project, as Django's {@code TestCase}: each test method may take a {@link Client}
 * (a new one per test, with no cookies, closed after the test) and the {@link dev.hotclub.project.Project}
 * (built once for the class), as parameters.
 *
 * <pre>{@code
 * @HotclubTest(Site.class)
 * class GreetingsTest {
 *     @Test
 *     void home(Client client) {
 *         client.get("/greetings/").assertContains("Hello");
 *     }
 * }
 * }</pre>
 *
 * A test that makes its own client (a project built with something of the test's) keeps it in a field; the
 * extension closes it after each test:
 *
 * <pre>{@code
 * @HotclubTest
 * class PollsAloneTest {
 *     private final Client client = new Client(Project.named("polls_test")
 *             .urls(path("polls/", include(new PollsApp()))).build());
 * }
 * }</pre>
 *
 * The project's code needs JUnit 5's API on its test class path (a generated project's pom has it); the framework
 * does not bring it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(HotclubExtension.class)
public @interface HotclubTest {
    /** The project's provider (its {@code Site}); by default the one its {@code META-INF/services} file names. */
    Class<? extends ProjectProvider> value() default ProjectProvider.class;

    /** Whether the clients check CSRF tokens (Django's {@code Client(enforce_csrf_checks=True)}). */
    boolean enforceCsrfChecks() default false;

    /** Whether the project keeps its own DEBUG (Django's {@code test --debug-mode}); off, as Django's runner, otherwise. */
    boolean debugMode() default false;
}
