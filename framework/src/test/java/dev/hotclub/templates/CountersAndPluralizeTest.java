package dev.hotclub.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Templates print counters as integers and have Django's pluralize")
class CountersAndPluralizeTest {
    @TempDir
    Path dir;

    private String render(String template, Map<String, ?> context) throws IOException {
        Files.writeString(dir.resolve("t.html"), template);
        try (TemplateEngine engine = TemplateEngine.forFolders(false, dir)) {
            return engine.render("t.html", context);
        }
    }

    @Test
    void atomicCountersAndAddersPrintAsIntegersAndCountAsThem() throws IOException {
        LongAdder adder = new LongAdder();
        adder.add(12);
        assertEquals("1 2 12 3 False True 4300000000", render(
                "${i} ${l} ${adder} ${i + 2} ${(i > 1)?c?cap_first} ${(l == 2)?c?cap_first} ${big}",
                Map.of("i", new AtomicInteger(1), "l", new AtomicLong(2), "adder", adder,
                        "big", new AtomicLong(4_300_000_000L))));
    }

    @Test
    void pluralizeGivesSUnlessTheCountIsOne() throws IOException {
        String template = "<#list counts as n>${n} vote${pluralize(n)};</#list>";
        assertEquals("0 votes;1 vote;2 votes;", render(template, Map.of("counts", List.of(0, 1, 2))));
        assertEquals("1 vote;", render(template, Map.of("counts", List.of(new AtomicInteger(1)))));
        assertEquals("1.0 vote;1.5 votes;1 vote;", render(template,
                Map.of("counts", List.of(1.0, 1.5, new BigDecimal("1")))));
        assertEquals("1 vote;", render(template, Map.of("counts", List.of(BigInteger.ONE))));
    }

    @Test
    void pluralizeTakesTheSuffixOrTheSingularAndPluralAsDjangosArgument() throws IOException {
        String template = "<#list counts as n>walrus${pluralize(n, 'es')} cherr${pluralize(n, 'y,ies')};</#list>";
        assertEquals("walrus cherry;walruses cherries;walruses cherries;",
                render(template, Map.of("counts", List.of(1, 2, 0))));
        assertEquals("[]", render("[${pluralize(2, 'y,ies,es')}]", Map.of()), "more than one comma: empty");
        assertEquals("[y][ies][][es]", render(
                "[${pluralize(1, 'y,ies')}][${pluralize(2, 'y,ies')}][${pluralize(1, 'es')}][${pluralize(2, 'es')}]",
                Map.of()));
    }

    @Test
    void pluralizeOfAStringListOrMapIsDjangos() throws IOException {
        assertEquals("[][s][][]", render("[${pluralize('1')}][${pluralize('2')}][${pluralize(' 1.0 ')}][${pluralize('x')}]",
                Map.of()));
        assertEquals("[][s][s][][s]", render(
                "[${pluralize(one)}][${pluralize(two)}][${pluralize(none)}][${pluralize(map)}][${pluralize(set)}]",
                Map.of("one", List.of("a"), "two", List.of("a", "b"), "none", List.of(), "map", Map.of("k", 1),
                        "set", Set.of(1, 2))));
        assertEquals("[]", render("[${pluralize(flag)}]", Map.of("flag", true)), "neither a number nor sized: empty");
    }

    @Test
    void pluralizeWithoutAValueSaysHowToCallIt() {
        TemplateError error = assertThrows(TemplateError.class, () -> render("${pluralize()}", Map.of()));
        assertEquals("Template t.html, line 1, column 1: pluralize() takes a value and, optionally, the suffixes: pluralize(count),"
                + " pluralize(count, \"es\") or pluralize(count, \"y,ies\"); got 0 arguments", error.getMessage());
    }
}
