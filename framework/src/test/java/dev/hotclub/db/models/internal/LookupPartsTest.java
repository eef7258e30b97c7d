package dev.hotclub.db.models.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LookupPartsTest {
    /** The parts are what {@code String.split("__")} gives, which the compiler used before, edge cases included. */
    @ParameterizedTest
    @ValueSource(strings = {"pubDate", "pubDate__year", "question__pubDate__year__gte", "a____b", "a___b", "__a",
            "a__", "a____", "_a_", "", "__", "____", "a__b__"})
    void splitsAsStringSplitDoes(String lookup) {
        assertThat(LookupParts.of(lookup)).isEqualTo(List.of(lookup.split("__")));
    }
}
