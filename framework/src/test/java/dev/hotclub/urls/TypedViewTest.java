package dev.hotclub.urls;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static dev.hotclub.urls.SourceLines.site;
import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static dev.hotclub.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A view takes the route's values as typed parameters, checked when the URLconf is built")
class TypedViewTest {

    static HttpResponse detail(HttpRequest request, int questionId) {
        return HttpResponse.ok("question " + (questionId + 1)); // @detail
    }

    static HttpResponse vote(HttpRequest request, long questionId, String choice) {
        return HttpResponse.ok("vote " + choice + " on " + questionId);
    }

    static HttpResponse archive(HttpRequest request, String year, String month) {
        return HttpResponse.ok("archive " + year + "-" + month);
    }

    static HttpResponse byUuid(HttpRequest request, UUID id, BigInteger big, String rest) {
        return HttpResponse.ok(id + " " + big + " " + rest);
    }

    static HttpResponse day(HttpRequest request, LocalDate date) {
        return HttpResponse.ok("day " + date.getDayOfWeek()); // @day
    }

    static HttpResponse snakeCase(HttpRequest request, int question_id) {
        return HttpResponse.ok("snake " + question_id);
    }

    static HttpResponse withExtra(HttpRequest request, int questionId, String template) {
        return HttpResponse.ok(template + " " + questionId);
    }

    static HttpResponse textId(HttpRequest request, String questionId) {
        return HttpResponse.ok(questionId); // @textId
    }

    static HttpResponse misnamed(HttpRequest request, int pk) {
        return HttpResponse.ok("pk " + pk); // @misnamed
    }

    static HttpResponse takesTwo(HttpRequest request, int questionId, int choiceId) {
        return HttpResponse.ok("two"); // @takesTwo
    }

    static final class YearConverter implements Converter<LocalDate> {
        @Override
        public String regex() {
            return "[0-9]{4}-[0-9]{2}-[0-9]{2}";
        }

        @Override
        public LocalDate toJava(String value) {
            return LocalDate.parse(value);
        }

        @Override
        public String toUrl(LocalDate value) {
            return value.toString();
        }
    }

    private static Client client(UrlPattern... patterns) {
        return new Client(Project.named("typed").debug(false).converter("date", new YearConverter())
                .urls(patterns).build());
    }

    @Test
    void convertedValuesArriveAsTheParametersTypesByName() {
        try (Client client = client(
                path("polls/<int:question_id>/", TypedViewTest::detail, "detail"),
                path("polls/<int:question_id>/vote/<slug:choice>/", TypedViewTest::vote),
                path("u/<uuid:id>/<int:big>/<path:rest>", TypedViewTest::byUuid),
                path("day/<date:date>/", TypedViewTest::day),
                path("snake/<int:question_id>/", TypedViewTest::snakeCase))) {
            assertThat(client.get("/polls/41/").text()).isEqualTo("question 42");
            assertThat(client.get("/polls/7/vote/yes-please/").text()).isEqualTo("vote yes-please on 7");
            assertThat(client.get("/u/6f1c1b1e-8a8f-4c1e-9a8e-1f2e3d4c5b6a/123456789012345678901234567890/a/b").text())
                    .isEqualTo("6f1c1b1e-8a8f-4c1e-9a8e-1f2e3d4c5b6a 123456789012345678901234567890 a/b");
            assertThat(client.get("/day/2026-12-06/").text()).isEqualTo("day SUNDAY");
            assertThat(client.get("/snake/5/").text()).isEqualTo("snake 5");
            assertThat(client.reverse("detail", 3)).isEqualTo("/polls/3/");
        }
    }

    @Test
    void aNumberTooLargeForTheParameterIsA404() {
        try (Client client = client(path("polls/<int:question_id>/", TypedViewTest::detail))) {
            assertThat(client.get("/polls/2147483648/").status()).isEqualTo(404);
            assertThat(client.get("/polls/2147483647/").status()).isEqualTo(200);
        }
    }

    @Test
    void rePathGroupsArriveAsStringsByNameOrByPosition() {
        try (Client client = client(
                rePath("^named/(?<year>[0-9]{4})/(?<month>[0-9]{2})/$", TypedViewTest::archive),
                rePath("^unnamed/([0-9]{4})/([0-9]{2})/$", TypedViewTest::archive))) {
            assertThat(client.get("/named/2026/12/").text()).isEqualTo("archive 2026-12");
            assertThat(client.get("/unnamed/2026/11/").text()).isEqualTo("archive 2026-11");
        }
    }

    @Test
    void valuesCapturedByAnIncludeAndExtraKwargsArriveToo() {
        UrlConf polls = UrlConf.named("polls",
                path("vote/<slug:choice>/", TypedViewTest::vote),
                path("", TypedViewTest::withExtra, Map.of("template", "polls/detail.html"), "detail"));
        try (Client client = client(path("polls/<int:question_id>/", include(polls)))) {
            assertThat(client.get("/polls/9/vote/no/").text()).isEqualTo("vote no on 9");
            assertThat(client.get("/polls/9/").text()).isEqualTo("polls/detail.html 9");
        }
    }

    @Test
    void lambdasTakeTypedValuesAndPlainViewsStayAsTheyWere() {
        try (Client client = client(
                path("lambda/<int:n>/", (HttpRequest request, Integer n) -> HttpResponse.ok("n+1=" + (n + 1))),
                path("plain/<int:n>/", request -> HttpResponse.ok("plain " + request.intArg("n"))))) {
            assertThat(client.get("/lambda/1/").text()).isEqualTo("n+1=2");
            assertThat(client.get("/plain/1/").text()).isEqualTo("plain 1");
        }
    }

    @Test
    void aParameterOfTheWrongTypeIsABuildError() {
        assertThatThrownBy(() -> Resolver.build(UrlConf.named("polls",
                path("<str:question_id>/", TypedViewTest::detail)))) // @wrongType
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The view TypedViewTest.detail(HttpRequest, int) at " + site("detail") + " takes"
                        + " question_id as an int, but the route '<str:question_id>/' captures it as"
                        + " <str:question_id>, which gives a String (in app 'polls', " + site("wrongType")
                        + "). Declare the parameter as String.");
        assertThatThrownBy(() -> Resolver.build(UrlConf.of(
                path("<int:question_id>/", TypedViewTest::textId)))) // @intAsText
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The view TypedViewTest.textId(HttpRequest, String) at " + site("textId") + " takes"
                        + " question_id as a String, but the route '<int:question_id>/' captures it as"
                        + " <int:question_id>, which gives a whole number (in the root URLconf, " + site("intAsText")
                        + "). Declare the parameter as int, long, Integer, Long or BigInteger.");
        assertThatThrownBy(() -> Resolver.build(UrlConf.of(
                rePath("^(?<questionId>[0-9]+)/$", TypedViewTest::detail)), // @regexGroup
                Converters.defaults()))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The view TypedViewTest.detail(HttpRequest, int) at " + site("detail") + " takes"
                        + " questionId as an int, but the route '^(?<questionId>[0-9]+)/$' captures it with a regex"
                        + " group, which gives a String (in the root URLconf, " + site("regexGroup")
                        + "). Declare the parameter as String.");
        assertThatThrownBy(() -> Resolver.build(UrlConf.of(
                path("<date:question_id>/", TypedViewTest::detail)), // @customConverter
                Converters.defaults().with("date", new YearConverter())))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The view TypedViewTest.detail(HttpRequest, int) at " + site("detail") + " takes"
                        + " question_id as an int, but the route '<date:question_id>/' captures it as"
                        + " <date:question_id>, which gives a LocalDate (in the root URLconf, "
                        + site("customConverter") + "). Declare the parameter as LocalDate.");
    }

    @Test
    void aParameterNoValueHasIsABuildErrorNamingWhatTheRouteCaptures() {
        assertThatThrownBy(() -> Resolver.build(UrlConf.named("polls",
                path("<int:question_id>/", TypedViewTest::misnamed)))) // @misnamedRoute
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The view TypedViewTest.misnamed(HttpRequest, int) at " + site("misnamed") + " takes a"
                        + " parameter 'pk', but the route '<int:question_id>/' captures no value of that name: it"
                        + " captures question_id (in app 'polls', " + site("misnamedRoute") + "). Name the parameter"
                        + " after a captured value (question_id as questionId or question_id), or remove it.");
        assertThatThrownBy(() -> Resolver.build(UrlConf.of(
                path("index/", TypedViewTest::detail)))) // @capturesNone
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The view TypedViewTest.detail(HttpRequest, int) at " + site("detail") + " takes a"
                        + " parameter 'questionId', but the route 'index/' captures no value of that name: it"
                        + " captures none (in the root URLconf, " + site("capturesNone") + "). Remove the parameter.");
    }

    @Test
    void aValueNoParameterTakesIsABuildError() {
        UrlConf polls = UrlConf.named("polls", path("<int:choice_id>/", TypedViewTest::detail)); // @innerRoute
        assertThatThrownBy(() -> Resolver.build(UrlConf.of(path("<int:question_id>/", include(polls)))))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The view TypedViewTest.detail(HttpRequest, int) at " + site("detail") + " has no"
                        + " parameter for the value 'choice_id' that the route '<int:question_id>/<int:choice_id>/'"
                        + " captures"
                        + " (in app 'polls', " + site("innerRoute") + "). Add a parameter choiceId for it.");
    }

    @Test
    void withoutParameterNamesValuesGoByPosition(@TempDir Path classes) throws Exception {
        Class<?> views = compileWithoutParameterNames(classes, "nonames.Views", """
                package nonames;
                import dev.hotclub.http.*;
                import dev.hotclub.urls.*;
                import static dev.hotclub.urls.Urls.path;
                public class Views {
                    static HttpResponse vote(HttpRequest request, int q, String choice) {
                        return HttpResponse.ok(choice + " on " + q);
                    }
                    public static UrlPattern[] patterns() {
                        return new UrlPattern[] {
                            path("<int:question_id>/<slug:choice>/", Views::vote),
                            path("<int:question_id>/", Views::vote)};
                    }
                }
                """);
        UrlPattern[] patterns = (UrlPattern[]) views.getMethod("patterns").invoke(null);
        try (Client client = client(patterns[0])) {
            assertThat(client.get("/3/yes/").text()).isEqualTo("yes on 3");
        }
        assertThatThrownBy(() -> Resolver.build(UrlConf.of(patterns[1])))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The view Views.vote(HttpRequest, int, String) at Views.java:7 takes 2 values after the"
                        + " request, but the route '<int:question_id>/' captures 1: question_id (in the root URLconf,"
                        + " Views.java:12). Its parameter names are not in its class file (compile with -parameters"
                        + " to match them by name), so they are matched in the route's order. Give it one parameter"
                        + " for each captured value, in the route's order.");
    }

    private static Class<?> compileWithoutParameterNames(Path dir, String className, String source) throws Exception {
        Path file = dir.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int exit = javac.run(null, null, null, "-g", "-cp", System.getProperty("java.class.path"), "-d",
                dir.toString(), file.toString());
        assertThat(exit).isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, TypedViewTest.class.getClassLoader());
        return Class.forName(className, true, loader);
    }

    @Test
    void byPositionTheCountMustMatch() {
        assertThatThrownBy(() -> Resolver.build(UrlConf.of(
                rePath("^([0-9]+)/$", TypedViewTest::takesTwo)))) // @countRoute
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The view TypedViewTest.takesTwo(HttpRequest, int, int) at " + site("takesTwo")
                        + " takes 2 values after the request, but the route '^([0-9]+)/$' captures 1: group 1"
                        + " (in the root URLconf, " + site("countRoute") + "). Give it one parameter for each"
                        + " captured value, in the route's order.");
    }
}
