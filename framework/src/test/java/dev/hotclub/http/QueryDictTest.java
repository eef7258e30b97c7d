package dev.hotclub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("QueryDict parses as Django does")
class QueryDictTest {

    @Test
    @DisplayName("get gives the last value of a repeated key, getList all of them in order")
    void repeatedKeys() {
        QueryDict q = QueryDict.parse("a=1&a=2&b=3");
        assertEquals("2", q.get("a"));
        assertEquals(List.of("1", "2"), q.getList("a"));
        assertEquals(List.of("3"), q.getList("b"));
    }

    @Test
    @DisplayName("a missing key gives null, the default, or an empty list")
    void missingKeys() {
        QueryDict q = QueryDict.parse("a=1");
        assertNull(q.get("z"));
        assertEquals("none", q.get("z", "none"));
        assertEquals(List.of(), q.getList("z"));
        assertEquals("1", q.get("a", "none"));
    }

    @Test
    @DisplayName("blank values are kept: b= and a bare c are both empty strings")
    void blankValues() {
        QueryDict q = QueryDict.parse("b=&c");
        assertEquals("", q.get("b"));
        assertEquals("", q.get("c"));
        assertEquals(List.of("b", "c"), List.copyOf(q.keySet()));
    }

    @Test
    @DisplayName("empty fields between ampersands are skipped")
    void emptyFields() {
        assertEquals(Map.of("a", List.of("1"), "b", List.of("2")), QueryDict.parse("&a=1&&b=2&").lists());
        assertTrue(QueryDict.parse("").isEmpty());
        assertTrue(QueryDict.parse(null).isEmpty());
    }

    @Test
    @DisplayName("plus is a space, %2B a plus")
    void plusIsSpace() {
        QueryDict q = QueryDict.parse("q=hello+world&p=1%2B1");
        assertEquals("hello world", q.get("q"));
        assertEquals("1+1", q.get("p"));
    }

    @Test
    @DisplayName("only the first = splits key from value")
    void firstEqualsSplits() {
        assertEquals("b=c", QueryDict.parse("a=b=c").get("a"));
    }

    @Test
    @DisplayName("percent-escapes are decoded as UTF-8, also across separate escapes")
    void utf8Escapes() {
        assertEquals("café", QueryDict.parse("q=caf%C3%A9").get("q"));
        assertEquals("é", QueryDict.parse("%C3%A9=x").keySet().iterator().next());
        assertEquals("日本", QueryDict.parse("q=%E6%97%A5%E6%9C%AC").get("q"));
    }

    @Test
    @DisplayName("invalid percent-escapes stay as written")
    void invalidEscapesStayLiteral() {
        assertEquals("%zz", QueryDict.parse("q=%zz").get("q"));
        assertEquals("100%", QueryDict.parse("q=100%").get("q"));
        assertEquals("%4", QueryDict.parse("q=%4").get("q"));
    }

    @Test
    @DisplayName("bytes that are not UTF-8 become U+FFFD")
    void invalidUtf8() {
        assertEquals("\uFFFD", QueryDict.parse("q=%FF").get("q"));
        assertEquals("a\uFFFDb", QueryDict.parse("q=a%C3b").get("q"));
    }

    @Test
    @DisplayName("a broken escape just before a character beyond ASCII is one U+FFFD, the character kept, as Python")
    void brokenEscapeBeforeNonAscii() {
        assertEquals("\uFFFDé", QueryDict.parse("q=%E2%98é").get("q"));
        assertEquals("\uFFFD© x", QueryDict.parse("q=%C3©+x").get("q"));
    }

    @Test
    @DisplayName("a semicolon is not a separator (Python since the 2021 fix)")
    void semicolonIsNotASeparator() {
        assertEquals("1;b=2", QueryDict.parse("a=1;b=2").get("a"));
    }

    @Test
    @DisplayName("1000 fields are accepted, 1001 are TooManyFieldsSent with Django's message")
    void fieldLimit() {
        String thousand = "a=1" + "&a=1".repeat(999);
        assertEquals(1000, QueryDict.parse(thousand).getList("a").size());
        TooManyFieldsSent e = assertThrows(TooManyFieldsSent.class, () -> QueryDict.parse(thousand + "&a=1"));
        assertEquals("The number of GET/POST parameters exceeded 1000 (Django's DATA_UPLOAD_MAX_NUMBER_FIELDS).",
                e.getMessage());
    }

    @Test
    @DisplayName("empty fields count toward the limit, as Python counts separators")
    void emptyFieldsCount() {
        assertThrows(TooManyFieldsSent.class, () -> QueryDict.parse("&".repeat(1000)));
    }

    @Test
    @DisplayName("is immutable")
    void immutable() {
        QueryDict q = QueryDict.parse("a=1");
        assertThrows(UnsupportedOperationException.class, () -> q.getList("a").add("2"));
        assertThrows(UnsupportedOperationException.class, () -> q.lists().put("b", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> q.keySet().remove("a"));
    }

    @Test
    @DisplayName("urlencode writes the fields back, spaces as plus")
    void urlencode() {
        assertEquals("a=1&a=2&q=caf%C3%A9+au+lait", QueryDict.parse("a=1&a=2&q=caf%C3%A9+au+lait").urlencode());
    }
}
