package dev.hotclub.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotclub.db.keys.Doc;
import dev.hotclub.db.models.F;
import dev.hotclub.db.models.FieldError;
import dev.hotclub.db.models.QuerySet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lookups into a JSONField, each with the rows Django 3.2.25 returned for the same documents and the same lookup
 * on SQLite (JSON1) and on PostgreSQL 15 (jsonb); where the two backends differ, Django's differ the same way.
 */
class JsonLookupsTest {
    private static final Map<String, String> DOCS = new LinkedHashMap<>();

    static {
        DOCS.put("a", "{\"owner\": {\"name\": \"x\", \"age\": 30}, \"tags\": [\"a\", \"b\"], \"age\": 30, \"flag\": true}");
        DOCS.put("b", "{\"owner\": {\"name\": \"Y\"}, \"tags\": [\"b\"], \"age\": 45}");
        DOCS.put("c", "{\"owner\": null, \"age\": \"40\"}");
        DOCS.put("d", "{\"tags\": [], \"age\": 20.5}");
        DOCS.put("e", null);
        DOCS.put("f", "{\"owner\": {\"name\": \"x%\"}, \"0\": \"zero\"}");
    }

    @SuppressWarnings("unchecked")
    private static void documents() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, String> doc : DOCS.entrySet()) {
            Doc d = new Doc();
            d.label = doc.getKey();
            d.data = doc.getValue() == null ? null : json.readValue(doc.getValue(), Map.class);
            d.save();
        }
    }

    private static List<Object> labels(QuerySet<Doc> docs) {
        return docs.orderBy("label").valuesListFlat("label").list();
    }

    private static List<Object> where(String lookup, Object value) {
        return labels(Doc.objects.filter(lookup, value));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void keyTransformsAndLookupsReturnDjangosRows(Vendor vendor) throws Exception {
        try (TestDatabase.TestCase ignored = Backends.use(vendor, Doc.class)) {
            documents();
            boolean pg = vendor == Vendor.POSTGRESQL;
            assertThat(where("data__owner__name", "x")).containsExactly("a");
            assertThat(where("data__owner__name", "Y")).containsExactly("b");
            assertThat(where("data__tags__0", "b")).containsExactly("b");
            assertThat(where("data__tags__1", "b")).containsExactly("a");
            assertThat(where("data__has_key", "owner")).containsExactly("a", "b", "c", "f");
            assertThat(where("data__owner__has_key", "name")).containsExactly("a", "b", "f");
            assertThat(where("data__has_keys", List.of("owner", "tags"))).containsExactly("a", "b");
            // SQLite's path reads "0" as an array index, jsonb's ?| as a key: Django gives these two answers too.
            assertThat(where("data__has_any_keys", List.of("flag", "0"))).containsExactly(pg ? new Object[] {"a", "f"} : new Object[] {"a"});
            assertThat(where("data__owner__isnull", true)).containsExactly("d", "e");
            assertThat(where("data__owner__isnull", false)).containsExactly("a", "b", "c", "f");
            // jsonb orders a string after every number; SQLite compares the text "40" after numbers too
            assertThat(where("data__age__gte", 30)).containsExactly(pg ? new Object[] {"a", "b"} : new Object[] {"a", "b", "c"});
            assertThat(where("data__age__lt", 30)).containsExactly(pg ? new Object[] {"c", "d"} : new Object[] {"d"});
            assertThat(where("data__owner__name__icontains", "X")).containsExactly("a", "f");
            assertThat(where("data__owner__name__startswith", "x")).containsExactly("a", "f");
            assertThat(where("data__owner__name__endswith", "%")).containsExactly("f");
            assertThat(where("data__owner__name__iexact", "y")).containsExactly("b");
            assertThat(where("data__owner__name__in", List.of("x", "Y"))).containsExactly("a", "b");
            assertThat(where("data__owner__name__regex", "^x")).containsExactly("a", "f");
            assertThat(where("data__owner", null)).as("a JSON null value").containsExactly("c");
            assertThat(where("data__age", 30)).containsExactly("a");
            assertThat(where("data__age", "40")).containsExactly("c");
            assertThat(where("data__flag", true)).containsExactly("a");
            assertThat(where("data__owner__age", 30)).containsExactly("a");
            assertThat(where("data__tags__0__isnull", false)).containsExactly("a", "b");
            assertThat(where("data__isnull", true)).containsExactly("e");
            assertThat(where("data__0", "zero")).isEmpty();
            assertThat(labels(Doc.objects.exclude("data__owner__name", "x").filter("data__owner__isnull", false)))
                    .containsExactly("b", "c", "f");

            assertThat(Doc.objects.filter("data__age__isnull", false).orderBy("data__age", "label").valuesListFlat("label").list())
                    .containsExactly(pg ? new Object[] {"c", "d", "a", "b"} : new Object[] {"d", "a", "b", "c"});
            assertThat(Doc.objects.filter("data__owner__name__isnull", false).orderBy(F.of("data__owner__name").desc())
                    .valuesListFlat("label").list()).containsExactly("f", "a", "b");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void valuesOfKeysAreTheirJsonValues(Vendor vendor) throws Exception {
        try (TestDatabase.TestCase ignored = Backends.use(vendor, Doc.class)) {
            documents();
            // Django 3.2 on PostgreSQL; on SQLite Django turns the string "40" into 40, Hotclub keeps the string.
            assertThat(Doc.objects.orderBy("label").valuesList("label", "data__owner__name", "data__tags", "data__tags__0",
                    "data__owner", "data__age").list()).containsExactly(
                    java.util.Arrays.asList("a", "x", List.of("a", "b"), "a", Map.of("name", "x", "age", 30), 30),
                    java.util.Arrays.asList("b", "Y", List.of("b"), "b", Map.of("name", "Y"), 45),
                    java.util.Arrays.asList("c", null, null, null, null, "40"),
                    java.util.Arrays.asList("d", null, List.of(), null, null, 20.5),
                    java.util.Arrays.asList("e", null, null, null, null, null),
                    java.util.Arrays.asList("f", "x%", null, null, Map.of("name", "x%"), null));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void containmentIsPostgresqlsAndSqliteSaysSoAsDjango(Vendor vendor) throws Exception {
        try (TestDatabase.TestCase ignored = Backends.use(vendor, Doc.class)) {
            documents();
            if (vendor == Vendor.POSTGRESQL) {
                assertThat(where("data__contains", Map.of("tags", List.of("b")))).containsExactly("a", "b");
                Map<String, Object> wider = new LinkedHashMap<>();
                wider.put("owner", null);
                wider.put("age", "40");
                wider.put("x", 1);
                assertThat(where("data__contained_by", wider)).containsExactly("c");
                assertThat(where("data__owner__name__contains", "x")).as("contains on a key is containment").containsExactly("a");
            } else {
                assertThatThrownBy(() -> where("data__contains", Map.of("tags", List.of("b"))))
                        .isInstanceOf(NotSupportedError.class).hasMessage("contains lookup is not supported on this database backend.");
                assertThatThrownBy(() -> where("data__contained_by", Map.of()))
                        .isInstanceOf(NotSupportedError.class).hasMessage("contained_by lookup is not supported on this database backend.");
                assertThatThrownBy(() -> where("data__owner__name__contains", "x"))
                        .isInstanceOf(NotSupportedError.class).hasMessage("contains lookup is not supported on this database backend.");
            }
            assertThatThrownBy(() -> where(String.valueOf("label__has_key"), "x")).isInstanceOf(FieldError.class)
                    .hasMessage("Unsupported lookup 'has_key' for CharField or join on the field not permitted.");
        }
    }
}
