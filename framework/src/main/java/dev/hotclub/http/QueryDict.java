package dev.hotclub.http;

import dev.hotclub.utils.PercentEncoding;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed fields of a query string or an url-encoded form body, as Django's {@code QueryDict}: a key may
 * repeat, {@link #get(String)} gives the last value and {@link #getList(String)} all of them, in order.
 * Immutable.
 *
 * <pre>{@code
 * QueryDict q = QueryDict.parse("a=1&a=2&b=");
 * q.get("a");          // "2"
 * q.getList("a");      // ["1", "2"]
 * q.get("b");          // ""
 * q.get("c", "none");  // "none"
 * }</pre>
 *
 * Parsing follows Python's {@code parse_qsl} as Django calls it: fields are separated by {@code &}; a field
 * without {@code =} has the blank value; {@code +} is a space; an invalid percent-escape such as {@code %zz}
 * stays as written; bytes that are not UTF-8 become U+FFFD; more than {@value #MAX_FIELDS} fields is a
 * {@link TooManyFieldsSent} (a 400 response).
 */
public final class QueryDict {
    /** Django's {@code DATA_UPLOAD_MAX_NUMBER_FIELDS}. */
    public static final int MAX_FIELDS = 1000;

    private static final QueryDict EMPTY = new QueryDict(Map.of());

    private final Map<String, List<String>> lists;

    private QueryDict(Map<String, List<String>> lists) {
        this.lists = lists;
    }

    /** An empty QueryDict. */
    public static QueryDict empty() {
        return EMPTY;
    }

    /** Parses a query string (without the {@code ?}) or an url-encoded body; {@code null} is empty. */
    public static QueryDict parse(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return EMPTY;
        }
        // Python counts the separators before looking at the fields, so empty fields count too.
        long fields = 1 + queryString.chars().filter(c -> c == '&').count();
        if (fields > MAX_FIELDS) {
            throw new TooManyFieldsSent();
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String field : queryString.split("&", -1)) {
            if (field.isEmpty()) {
                continue;
            }
            int eq = field.indexOf('=');
            String name = eq < 0 ? field : field.substring(0, eq);
            String value = eq < 0 ? "" : field.substring(eq + 1);
            lists.computeIfAbsent(decode(name), k -> new ArrayList<>()).add(decode(value));
        }
        return freeze(lists);
    }

    /** A QueryDict holding the given values, in the map's order. */
    public static QueryDict of(Map<String, ? extends List<String>> values) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        values.forEach((k, v) -> lists.put(k, new ArrayList<>(v)));
        return freeze(lists);
    }

    private static QueryDict freeze(Map<String, List<String>> lists) {
        lists.replaceAll((k, v) -> List.copyOf(v));
        return new QueryDict(Collections.unmodifiableMap(lists));
    }

    /**
     * Python's {@code unquote(s.replace('+', ' '), errors='replace')}: the escapes are decoded to bytes and read
     * as UTF-8 together, so a multi-byte character may be split across escapes; bytes that are not UTF-8 become
     * U+FFFD (as {@code new String(bytes, UTF_8)} replaces them).
     */
    static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        return new String(PercentEncoding.unquoteToBytes(s, true), StandardCharsets.UTF_8);
    }

    /** The last value for {@code key}, or {@code null} when the key is absent. */
    public String get(String key) {
        return get(key, null);
    }

    /** The last value for {@code key}, or {@code defaultValue} when the key is absent. */
    public String get(String key, String defaultValue) {
        List<String> values = lists.get(key);
        return values == null || values.isEmpty() ? defaultValue : values.get(values.size() - 1);
    }

    /** Every value for {@code key}, in order; empty when the key is absent. */
    public List<String> getList(String key) {
        return lists.getOrDefault(key, List.of());
    }

    public boolean containsKey(String key) {
        return lists.containsKey(key);
    }

    /** The keys, in the order they first appeared. */
    public Set<String> keySet() {
        return lists.keySet();
    }

    /** Every key with all its values, in order (Django's {@code lists()}). */
    public Map<String, List<String>> lists() {
        return lists;
    }

    /** Every key with its last value (Django's {@code dict()}). */
    public Map<String, String> toSingleValueMap() {
        Map<String, String> single = new LinkedHashMap<>();
        lists.forEach((k, v) -> single.put(k, v.get(v.size() - 1)));
        return Collections.unmodifiableMap(single);
    }

    public int size() {
        return lists.size();
    }

    public boolean isEmpty() {
        return lists.isEmpty();
    }

    /** The fields encoded again as a query string, e.g. {@code a=1&a=2&q=caf%C3%A9}. */
    public String urlencode() {
        StringBuilder out = new StringBuilder();
        lists.forEach((k, values) -> values.forEach(v -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        }));
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueryDict other && lists.equals(other.lists);
    }

    @Override
    public int hashCode() {
        return lists.hashCode();
    }

    @Override
    public String toString() {
        return "<QueryDict: " + lists + ">";
    }
}
