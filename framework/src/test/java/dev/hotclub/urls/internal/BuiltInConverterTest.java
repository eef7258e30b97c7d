package dev.hotclub.urls.internal;

import dev.hotclub.urls.Converter;
import dev.hotclub.urls.Converters;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-ins' facts that the index and the shadow check rely on, checked against the converters'
 * own regexes and conversions: a fact that said yes where the regex says no would make the index miss
 * a route, or the shadow check warn about a route that can match.
 */
class BuiltInConverterTest {

    /** Characters that meet every built-in's edge: digits, hex, slug punctuation, upper case, others. */
    private static final String ALPHABET = "0123456789abcdefxyzABCXYZ-_.~ %é\n\u00a0";
    private static final List<BuiltInConverter> IN_SEGMENT = List.of(
            BuiltInConverter.STR, BuiltInConverter.INT, BuiltInConverter.SLUG, BuiltInConverter.UUID);

    @Test
    void theDefaultRegistryHoldsExactlyTheBuiltInsInDjangosOrder() {
        Map<String, Converter<?>> expected = new LinkedHashMap<>();
        for (BuiltInConverter builtIn : BuiltInConverter.values()) {
            expected.put(builtIn.converterName(), builtIn.converter());
        }
        assertThat(Converters.defaults().asMap()).containsExactlyEntriesOf(expected);
        assertThat(expected.keySet()).containsExactly("str", "int", "slug", "uuid", "path");
    }

    @Test
    void aBuiltInIsKnownByItsConverterObjectNotByItsName() {
        Converter<Object> ownInt = Converter.of("[0-9]+", Integer::valueOf, String::valueOf);
        assertThat(BuiltInConverter.of(ownInt)).isNull();
        assertThat(BuiltInConverter.of(Converters.defaults().get("int").orElseThrow()))
                .isEqualTo(BuiltInConverter.INT);
        assertThat(BuiltInConverter.withinSegment(BuiltInConverter.PATH.converter())).isNull();
        assertThat(BuiltInConverter.named("slug")).isEqualTo(BuiltInConverter.SLUG);
        assertThat(BuiltInConverter.named("year")).isNull();
    }

    @Property(tries = 2000)
    void theSegmentTestSaysWhatTheRegexSays(@ForAll long seed) {
        Random random = new Random(seed);
        String segment = sample(random);
        String path = "/a/" + segment + "/b";
        for (BuiltInConverter builtIn : IN_SEGMENT) {
            boolean regex = Pattern.compile(builtIn.regex()).matcher(segment).matches();
            assertThat(builtIn.matchesSegment(path, 3, 3 + segment.length()))
                    .as("%s on \"%s\"", builtIn, segment).isEqualTo(regex);
        }
    }

    @Property(tries = 2000)
    void aConverterThatCoversAnotherAcceptsEveryTextTheOtherAccepts(@ForAll long seed) {
        Random random = new Random(seed);
        String text = sample(random);
        for (BuiltInConverter later : IN_SEGMENT) {
            if (!accepts(later, text)) {
                continue;
            }
            for (BuiltInConverter earlier : IN_SEGMENT) {
                if (earlier.covers(later)) {
                    assertThat(accepts(earlier, text)).as("%s covers %s on \"%s\"", earlier, later, text).isTrue();
                }
            }
        }
    }

    @Property(tries = 1000)
    void aConverterThatCoversConcatenationsAcceptsTextsJoinedFromWhatItCovers(@ForAll long seed) {
        Random random = new Random(seed);
        for (BuiltInConverter earlier : IN_SEGMENT) {
            if (!earlier.coversConcatenations()) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            int parts = 1 + random.nextInt(4);
            for (int i = 0; i < parts; i++) {
                BuiltInConverter part = IN_SEGMENT.get(random.nextInt(IN_SEGMENT.size()));
                String text = sample(random);
                if (earlier.covers(part) && accepts(part, text)) {
                    joined.append(text);
                }
            }
            if (!joined.isEmpty()) {
                assertThat(accepts(earlier, joined.toString())).as("%s on \"%s\"", earlier, joined).isTrue();
            }
        }
    }

    @Test
    void intAndUuidDoNotCoverConcatenations() {
        String digits = "9".repeat(BuiltInConverter.MAX_INT_DIGITS);
        assertThat(accepts(BuiltInConverter.INT, digits)).isTrue();
        assertThat(accepts(BuiltInConverter.INT, digits + "9")).isFalse();
        assertThat(BuiltInConverter.INT.coversConcatenations()).isFalse();
        assertThat(BuiltInConverter.UUID.coversConcatenations()).isFalse();
    }

    private static boolean accepts(BuiltInConverter builtIn, String text) {
        if (!Pattern.compile(builtIn.regex()).matcher(text).matches()) {
            return false;
        }
        try {
            builtIn.converter().toJava(text);
            return true;
        } catch (Exception refused) {
            return false;
        }
    }

    /** Texts each built-in matches, and texts just beside them. */
    private static String sample(Random random) {
        List<String> shapes = new ArrayList<>();
        shapes.add(UUID.randomUUID().toString());
        shapes.add(new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase());
        shapes.add(String.valueOf(random.nextLong() & Long.MAX_VALUE));
        StringBuilder any = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            any.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        shapes.add(any.toString());
        shapes.add(any.toString().replaceAll("[^-a-zA-Z0-9_]", ""));
        shapes.add(any.toString().replaceAll("[^0-9]", ""));
        return shapes.get(random.nextInt(shapes.size()));
    }
}
