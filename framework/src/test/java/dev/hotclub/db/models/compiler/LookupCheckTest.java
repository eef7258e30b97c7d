package dev.hotclub.db.models.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles small projects with {@code -Xplugin:Hotclub} and reads javac's errors as a user would see them. */
class LookupCheckTest {
    private static final String QUESTION = """
            package polls;

            import dev.hotclub.db.models.*;
            import dev.hotclub.db.models.fields.*;
            import java.time.Instant;

            public class Question extends Model {
                public static final Manager<Question> objects = Manager.of(Question.class);
                @CharField(maxLength = 200) public String questionText;
                @DateTimeField public Instant pubDate;
                @IntegerField public int views;
                public RelatedManager<Choice> choiceSet() { return related(Choice.class); }
            }
            """;
    private static final String CHOICE = """
            package polls;

            import dev.hotclub.db.models.*;
            import dev.hotclub.db.models.fields.*;

            public class Choice extends Model {
                public static final Manager<Choice> objects = Manager.of(Choice.class);
                @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Question> question;
                @CharField(maxLength = 200) public String choiceText;
                @IntegerField public int votes;
            }
            """;
    private static final String TAG = """
            package polls;

            import dev.hotclub.db.models.*;
            import dev.hotclub.db.models.fields.*;

            public class Tag extends Model {
                public static final Manager<Tag> objects = Manager.of(Tag.class);
                @SlugField public String slug;
                @ManyToManyField(relatedName = "tags") public ManyToMany<Question> questions;
            }
            """;

    @TempDir
    Path project;

    private List<String> errors(String view) throws Exception {
        Path polls = Files.createDirectories(project.resolve("src/polls"));
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : Map.of("Question", QUESTION, "Choice", CHOICE, "Tag", TAG, "Views", view).entrySet()) {
            files.add(Files.writeString(polls.resolve(e.getKey() + ".java"), e.getValue()));
        }
        try (var more = Files.list(polls)) {
            more.filter(f -> !files.contains(f)).forEach(files::add);       // a test's own extra models
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ENGLISH, null)) {
            Path framework = Path.of(HotclubPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(framework));
            fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(Files.createDirectories(project.resolve("out"))));
            javac.getTask(null, fileManager, diagnostics, List.of("-proc:none", "-Xplugin:Hotclub"), null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ENGLISH))
                .toList();
    }

    private static String view(String... lines) {
        return "package polls;\n\nimport dev.hotclub.db.models.*;\n\nclass Views {\n    static final String TYPO = \"pubDat\";\n"
                + "    void view(Question question) {\n        " + String.join("\n        ", lines) + "\n    }\n}\n";
    }

    // line 8 of a view() source is its first statement

    @Test
    void aMisspeltFilterIsAnErrorAtItsLineWithTheFieldsThatExist() throws Exception {
        assertThat(errors(view("Question.objects.all();", "Question.objects.filter(\"pubDat__year\", 2024);")))
                .containsExactly("Views.java:9: Cannot resolve keyword 'pubDat' into field. Choices are: choice, id, "
                        + "pubDate, questionText, tags, views");
    }

    @Test
    void eachQueryMethodIsChecked() throws Exception {
        assertThat(errors(view(
                "Question.objects.exclude(\"questionTxt\", \"x\");",
                "Question.objects.orderBy(\"-pubDat\");",
                "Question.objects.values(\"questionText\", \"txt\");",
                "Choice.objects.selectRelated(\"questio\");",
                "Question.objects.prefetchRelated(\"choices\");",
                "Question.objects.filter(Q.of(\"choice__vote__gte\", 1).or(Q.of(\"views\", 2)));",
                "Question.objects.all().update(\"view\", 1);",
                "Question.objects.annotate(\"n\", Count.of(\"choices\")).filter(\"n__gt\", 1);")))
                .containsExactly(
                        "Views.java:8: Cannot resolve keyword 'questionTxt' into field. Choices are: choice, id, pubDate, questionText, tags, views",
                        "Views.java:9: Cannot resolve keyword 'pubDat' into field. Choices are: choice, id, pubDate, questionText, tags, views",
                        "Views.java:10: Cannot resolve keyword 'txt' into field. Choices are: choice, id, pubDate, questionText, tags, views",
                        "Views.java:11: Invalid field name(s) given in select_related: 'questio'. Choices are: question",
                        "Views.java:12: Cannot find 'choices' on Question object, 'choices' is an invalid parameter to "
                                + "prefetch_related(). Choices are: choiceSet",
                        "Views.java:13: Cannot resolve keyword 'vote' into field. Choices are: choiceText, id, question, votes",
                        "Views.java:14: Cannot update model field 'view' (only non-relations and foreign keys permitted). "
                                + "Fields are: id, questionText, pubDate, views",
                        "Views.java:15: Cannot resolve keyword 'choices' into field. Choices are: choice, id, pubDate, "
                                + "questionText, tags, views");
    }

    @Test
    void relationsAreFollowedBothWays() throws Exception {
        assertThat(errors(view(
                "Choice.objects.filter(\"question__pubDat__lte\", null);",
                "Question.objects.filter(\"choice__votez\", 1);",
                "Question.objects.filter(\"tags__slg\", \"x\");",
                "Tag.objects.filter(\"questions__questionTxt\", \"x\");",
                "question.choiceSet().filter(\"vote\", 1);")))
                .containsExactly(
                        "Views.java:8: Cannot resolve keyword 'pubDat' into field. Choices are: choice, id, pubDate, questionText, tags, views",
                        "Views.java:9: Cannot resolve keyword 'votez' into field. Choices are: choiceText, id, question, votes",
                        "Views.java:10: Cannot resolve keyword 'slg' into field. Choices are: id, questions, slug",
                        "Views.java:11: Cannot resolve keyword 'questionTxt' into field. Choices are: choice, id, pubDate, questionText, tags, views",
                        "Views.java:12: Cannot resolve keyword 'vote' into field. Choices are: choiceText, id, question, votes");
    }

    @Test
    void lookupsAndTransformsAreCheckedForTheFieldsKind() throws Exception {
        assertThat(errors(view(
                "Question.objects.filter(\"questionText__startwith\", \"W\");",
                "Question.objects.filter(\"views__year\", 2024);",
                "Question.objects.values(\"pubDate__year\");",
                "Choice.objects.filter(\"votes__gt\", F.of(\"vots\"));",
                "Question.objects.filter(TYPO, 1);")))
                .containsExactly(
                        "Views.java:8: Unsupported lookup 'startwith' for CharField or join on the field not permitted.",
                        "Views.java:9: Unsupported lookup 'year' for IntegerField or join on the field not permitted.",
                        "Views.java:10: Cannot resolve expression 'pubDate__year': values() takes field names.",
                        "Views.java:11: Cannot resolve keyword 'vots' into field. Choices are: choiceText, id, question, votes",
                        "Views.java:12: Cannot resolve keyword 'pubDat' into field. Choices are: choice, id, pubDate, questionText, tags, views");
    }

    @Test
    void aSubqueryIsCheckedAgainstItsOwnModelOnceAndALambdasQueriesAreChecked() throws Exception {
        assertThat(errors(view(
                "Question.objects.filter(\"id__in\", Choice.objects.filter(\"vots\", 1).values(\"question\"));",
                "java.util.function.Supplier<Object> later = () -> Question.objects.orderBy(\"pubDat\");")))
                .containsExactly(
                        "Views.java:8: Cannot resolve keyword 'vots' into field. Choices are: choiceText, id, question, votes",
                        "Views.java:9: Cannot resolve keyword 'pubDat' into field. Choices are: choice, id, pubDate, questionText, tags, views");
    }

    @Test
    void correctQueriesCompile() throws Exception {
        assertThat(errors(view(
                "Question.objects.filter(\"pubDate__year\", 2024).exclude(\"questionText__icontains\", \"x\");",
                "Question.objects.filter(\"pk\", 1).filter(\"id__in\", java.util.List.of(1)).orderBy(\"-pubDate\", \"?\", \"questionText\");",
                "Choice.objects.filter(\"question__pubDate__year__gte\", 2020, \"question\", question, \"question__id\", 1);",
                "Choice.objects.selectRelated(\"question\").filter(\"question__pk\", 1).values(\"question__questionText\", \"votes\");",
                "Question.objects.filter(\"choice__votes__gte\", 4).distinct().prefetchRelated(\"choiceSet\");",
                "Question.objects.annotate(\"n\", Count.of(\"choice\")).filter(\"n__gt\", 1).orderBy(\"-n\").values(\"n\", \"pubDate\");",
                "Question.objects.filter(\"tags__slug\", \"x\");",
                "Tag.objects.filter(\"questions__choice__votes\", 1);",
                "Choice.objects.filter(Q.where(\"votes__gt\", 1, \"choiceText\", \"x\")).update(\"votes\", F.of(\"votes\").plus(1));",
                "question.choiceSet().filter(\"votes\", 1).orderBy(F.of(\"votes\").desc());",
                "String runtime = \"pubDat\";",
                "Question.objects.filter(runtime, 1);",
                "dev.hotclub.db.models.QuerySet<Question> given = Question.objects.all();",
                "given.filter(\"someAnnotation\", 1);",
                "Question.objects.aggregate(Sum.of(\"views\"), Max.of(\"choice__votes\"));",
                "Question.objects.filter(\"id__in\", Choice.objects.filter(\"votes__gt\", 0).values(\"question\"));")))
                .isEmpty();
    }

    private static final String COUNTRY = """
            package polls;

            import dev.hotclub.db.models.*;
            import dev.hotclub.db.models.fields.*;

            public class Country extends Model {
                public static final Manager<Country> objects = Manager.of(Country.class);
                @CharField(maxLength = 2, primaryKey = true) public String code;
                @CharField(maxLength = 50) public String name;
            }
            """;

    @Test
    void aDeclaredPrimaryKeyReplacesIdAndOnlyAndDeferAreChecked() throws Exception {
        Files.writeString(Files.createDirectories(project.resolve("src/polls")).resolve("Country.java"), COUNTRY);
        List<String> found = errors(view(
                "Country.objects.filter(\"id\", 1);",
                "Country.objects.filter(\"pk\", \"fr\").filter(\"code__startswith\", \"f\").orderBy(\"pk\");",
                "Choice.objects.only(\"choiceText\", \"question__questionTxt\");",
                "Choice.objects.defer(\"votes__x\").only(\"pk\", \"question__pk\");"));
        assertThat(found).containsExactly(
                "Views.java:8: Cannot resolve keyword 'id' into field. Choices are: code, name",
                "Views.java:10: Question has no field named 'questionTxt'",
                "Views.java:11: only() and defer() follow foreign keys with '__', and Choice.votes is an IntegerField (in 'votes__x').");
    }
}
