package dev.hotclub.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.QueryDict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Expected values recorded from Django 3.2's {@code formset_factory} for the same forms and data. */
@DisplayName("A formset")
class FormSetTest {
    static final class ArticleForm extends Form {
        final Field<String> title = field("title", new CharField());
        final Field<java.time.LocalDate> pub = field("pub", new DateField().required(false));
    }

    private static QueryDict data(String... pairs) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            q.append(i == 0 ? "" : "&").append(pairs[i]).append('=').append(pairs[i + 1]);
        }
        return QueryDict.parse(q.toString());
    }

    @Test
    @DisplayName("posted without its management form is invalid, with Django's message naming the missing fields")
    void missingManagementForm() {
        FormSet<ArticleForm> formset = FormSet.of(ArticleForm::new).extra(2).bind(QueryDict.empty());
        assertFalse(formset.isValid());
        assertEquals(List.of("ManagementForm data is missing or has been tampered with. Missing fields:"
                + " form-TOTAL_FORMS, form-INITIAL_FORMS. You may need to file a bug report if the issue persists."),
                formset.nonFormErrors());
        assertEquals(0, formset.forms().size());

        FormSet<ArticleForm> half = FormSet.of(ArticleForm::new).extra(2).bind(data("form-TOTAL_FORMS", "2"));
        assertFalse(half.isValid());
        assertEquals(List.of("ManagementForm data is missing or has been tampered with. Missing fields:"
                + " form-INITIAL_FORMS. You may need to file a bug report if the issue persists."), half.nonFormErrors());
    }

    @Test
    @DisplayName("renders its management form as Django does")
    void managementFormHtml() {
        FormSet<ArticleForm> formset = FormSet.of(ArticleForm::new).extra(2).initial(List.of(Map.of("title", "T")));
        assertEquals("<input type=\"hidden\" name=\"form-TOTAL_FORMS\" value=\"3\" id=\"id_form-TOTAL_FORMS\">"
                + "<input type=\"hidden\" name=\"form-INITIAL_FORMS\" value=\"1\" id=\"id_form-INITIAL_FORMS\">"
                + "<input type=\"hidden\" name=\"form-MIN_NUM_FORMS\" value=\"0\" id=\"id_form-MIN_NUM_FORMS\">"
                + "<input type=\"hidden\" name=\"form-MAX_NUM_FORMS\" value=\"1000\" id=\"id_form-MAX_NUM_FORMS\">",
                formset.managementForm().toHtml());
        assertEquals(3, formset.forms().size());
        assertEquals("T", formset.forms().get(0).get("title").value());
    }

    @Test
    @DisplayName("leaves an untouched extra form alone and validates the others")
    void extraFormsMayStayEmpty() {
        FormSet<ArticleForm> valid = FormSet.of(ArticleForm::new).extra(2).bind(data("form-TOTAL_FORMS", "2",
                "form-INITIAL_FORMS", "0", "form-0-title", "x", "form-1-title", ""));
        assertTrue(valid.isValid());
        assertEquals("x", valid.forms().get(0).cleaned(valid.forms().get(0).title));
        assertEquals(Map.of(), valid.cleanedData().get(1));

        FormSet<ArticleForm> invalid = FormSet.of(ArticleForm::new).extra(2).bind(data("form-TOTAL_FORMS", "2",
                "form-INITIAL_FORMS", "0", "form-0-pub", "x"));
        assertFalse(invalid.isValid());
        assertEquals(Map.of("title", List.of("This field is required."), "pub", List.of("Enter a valid date.")),
                invalid.errors().get(0));
        assertEquals(Map.of(), invalid.errors().get(1));
    }

    @Test
    @DisplayName("checks min_num and max_num with Django's messages")
    void minAndMax() {
        FormSet<ArticleForm> tooMany = FormSet.of(ArticleForm::new).extra(0).maxNum(1).validateMax(true).minNum(1)
                .validateMin(true).bind(data("form-TOTAL_FORMS", "2", "form-INITIAL_FORMS", "0", "form-0-title", "x",
                        "form-1-title", "y"));
        assertEquals(List.of("Please submit at most 1 form."), tooMany.nonFormErrors());
        FormSet<ArticleForm> tooFew = FormSet.of(ArticleForm::new).extra(0).maxNum(1).validateMax(true).minNum(1)
                .validateMin(true).bind(data("form-TOTAL_FORMS", "0", "form-INITIAL_FORMS", "0"));
        assertEquals(List.of("Please submit at least 1 form."), tooFew.nonFormErrors());
    }

    @Test
    @DisplayName("has an empty form prefixed __prefix__ for scripts, and DELETE and ORDER fields when asked")
    void emptyFormDeleteAndOrder() {
        FormSet<ArticleForm> formset = FormSet.of(ArticleForm::new).extra(0).maxNum(1);
        assertEquals("<p><label for=\"id_form-__prefix__-title\">Title:</label> <input type=\"text\""
                + " name=\"form-__prefix__-title\" id=\"id_form-__prefix__-title\"></p>\n<p><label"
                + " for=\"id_form-__prefix__-pub\">Pub:</label> <input type=\"text\" name=\"form-__prefix__-pub\""
                + " id=\"id_form-__prefix__-pub\"></p>", formset.emptyForm().asP().toHtml());

        FormSet<ArticleForm> ordered = FormSet.of(ArticleForm::new).extra(0).canDelete(true).canOrder(true)
                .bind(data("form-TOTAL_FORMS", "3", "form-INITIAL_FORMS", "3", "form-0-title", "a", "form-0-ORDER", "2",
                        "form-1-title", "b", "form-1-ORDER", "1", "form-2-title", "c", "form-2-DELETE", "on"));
        assertTrue(ordered.isValid());
        assertEquals(List.of("b", "a"), ordered.orderedForms().stream().map(f -> f.cleaned(f.title)).toList());
        assertEquals(List.of("c"), ordered.deletedForms().stream().map(f -> f.cleaned(f.title)).toList());
    }
}
