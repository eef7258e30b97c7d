package dev.hotclub.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotclub.forms.widgets.CheckboxSelectMultiple;
import dev.hotclub.forms.widgets.HiddenInput;
import dev.hotclub.forms.widgets.PasswordInput;
import dev.hotclub.forms.widgets.RadioSelect;
import dev.hotclub.forms.widgets.Textarea;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code asTable}, {@code asUl} and {@code asP} against Django 3.2's HTML for the same forms
 * ({@code forms/django-rendering.json}, recorded by {@code forms/record_rendering.py}). The only differences are
 * Django 5's accessibility additions, applied to Django 3.2's HTML by {@link #withDjango5Accessibility}: ids on
 * help texts and field error lists, and {@code aria-invalid}/{@code aria-describedby} on the widgets.
 */
@DisplayName("Forms render as_table, as_ul and as_p as Django does")
class FormRenderingTest {
    static final class ContactForm extends Form {
        final Field<String> subject = field("subject", new CharField().maxLength(100));
        final Field<String> message = field("message", new CharField().widget(new Textarea())
                .helpText("Say \"hi\" <politely>"));
        final Field<String> sender = field("sender", new EmailField());
        final Field<Boolean> ccMyself = field("cc_myself", new BooleanField().required(false));
    }

    static final class EveryWidgetForm extends Form {
        {
            field("name", new CharField().initial("O'Brien <x>"));
            field("age", new IntegerField().minValue(0).maxValue(130));
            field("price", new DecimalField().maxDigits(5).decimalPlaces(2));
            field("ratio", new FloatField().required(false));
            field("secret", new CharField().widget(new PasswordInput()));
            field("size", new ChoiceField(Choice.pairs("", "---------", "s", "Small", "l", "Large")));
            field("color", new ChoiceField(Choice.pairs("r", "Red", "g", "Green")).widget(new RadioSelect()));
            field("toppings", new MultipleChoiceField(Choice.pairs("c", "Cheese", "h", "Ham"))
                    .widget(new CheckboxSelectMultiple()));
            field("tags", new MultipleChoiceField(Choice.pairs("a", "A", "b", "B")).required(false));
            field("when", new DateField().required(false));
            field("at", new DateTimeField().required(false));
            field("maybe", new NullBooleanField());
            field("site", new URLField().required(false));
            field("token", new CharField().widget(new HiddenInput()));
            field("upload", new FileField().required(false));
            field("data", new JSONField().required(false));
        }
    }

    private static final Map<String, Supplier<Form>> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("contact_unbound", ContactForm::new);
        FORMS.put("contact_errors", () -> new ContactForm().bind(Map.of("subject", "x".repeat(101), "message", "",
                "sender", "nope", "cc_myself", "on")));
        FORMS.put("contact_valid_prefixed", () -> new ContactForm().prefix("c").bind(Map.of("c-subject", "Hi",
                "c-message", "Hello", "c-sender", "a@b.co")));
        FORMS.put("contact_no_ids", () -> new ContactForm().autoId(null));
        FORMS.put("every_unbound", EveryWidgetForm::new);
        Map<String, Object> every = new LinkedHashMap<>();
        every.put("name", "Ann");
        every.put("age", "200");
        every.put("price", "1.234");
        every.put("secret", "pw");
        every.put("size", "l");
        every.put("color", "g");
        every.put("toppings", List.of("c", "h"));
        every.put("tags", List.of("b"));
        every.put("when", "2026-12-06");
        every.put("at", "2026-12-06 10:30");
        every.put("maybe", "true");
        every.put("site", "example.com");
        every.put("data", "{\"a\": [1, 2]}");
        FORMS.put("every_bound", () -> new EveryWidgetForm().bind(every));
        FORMS.put("every_initial", () -> new EveryWidgetForm().initial(Map.of("when", LocalDate.of(2026, 12, 6),
                "at", LocalDateTime.of(2026, 12, 6, 10, 30), "maybe", false, "tags", List.of("a"),
                "data", Map.of("k", "v"), "token", "t<1>")));
        FORMS.put("every_bad_json", () -> new EveryWidgetForm().bind(Map.of("data", "nope", "token", "")));
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() throws Exception {
        Map<String, Map<String, String>> django;
        try (InputStream in = FormRenderingTest.class.getResourceAsStream("/forms/django-rendering.json")) {
            django = new ObjectMapper().readValue(in, Map.class);
        }
        List<Arguments> out = new ArrayList<>();
        for (String name : FORMS.keySet()) {
            for (String layout : List.of("table", "ul", "p")) {
                out.add(Arguments.of(name + " as_" + layout, name, layout, django.get(name).get(layout)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsDjango(String title, String name, String layout, String django) {
        Form form = FORMS.get(name).get();
        String html = switch (layout) {
            case "table" -> form.asTable().toHtml();
            case "ul" -> form.asUl().toHtml();
            default -> form.asP().toHtml();
        };
        String expected = withDjango5Accessibility(django, form);
        assertEquals(expected, html);
    }

    /**
     * Django 3.2's HTML with what Django 5 adds: {@code id="<id>_helptext"} on help texts, {@code id="<id>_error"}
     * on a field's error list, and on its widget {@code aria-invalid="true"} (errors) and {@code aria-describedby}.
     */
    static String withDjango5Accessibility(String html, Form form) {
        List<BoundField> withErrors = new ArrayList<>();
        for (BoundField field : form.visibleFields()) {
            String id = field.autoId();
            if (id.isEmpty()) {
                continue;
            }
            boolean help = !field.helpText().isEmpty();
            boolean errors = form.isBound() && !field.errors().isEmpty();
            if (errors) {
                withErrors.add(field);
            }
            if (help) {
                html = html.replaceFirst(Pattern.quote("<span class=\"helptext\">"),
                        Matcher.quoteReplacement("<span class=\"helptext\" id=\"" + id + "_helptext\">"));
            }
            String describedBy = ((help ? id + "_helptext " : "") + (errors ? id + "_error" : "")).strip();
            if (!describedBy.isEmpty()) {
                String aria = (errors ? " aria-invalid=\"true\"" : "") + " aria-describedby=\"" + describedBy + "\"";
                html = html.replaceAll("(<(?:input|textarea|select)[^>]*?)( id=\"" + Pattern.quote(id) + "(?:_\\d+)?\")",
                        "$1" + Matcher.quoteReplacement(aria) + "$2");
            }
        }
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("<ul class=\"errorlist\">").matcher(html);
        int i = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(i < withErrors.size()
                    ? "<ul class=\"errorlist\" id=\"" + withErrors.get(i++).autoId() + "_error\">" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
