package dev.hotclub.forms;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Python's {@code "%(name)s" % params}, as Django's messages are written, so Django's messages port unchanged. */
final class Interpolation {
    private static final Pattern PLACEHOLDER = Pattern.compile("%\\((\\w+)\\)([sdr])|%%");

    private Interpolation() {
    }

    static String format(String template, Map<String, Object> params) {
        if (params.isEmpty() || template.indexOf('%') < 0) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("%%")) {
                replacement = "%";
            } else if (!params.containsKey(m.group(1))) {
                replacement = m.group();
            } else {
                Object value = params.get(m.group(1));
                replacement = m.group(2).equals("d") && value instanceof Number n ? String.valueOf(n.longValue())
                        : PythonStr.of(value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
