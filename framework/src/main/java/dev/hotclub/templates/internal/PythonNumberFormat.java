package dev.hotclub.templates.internal;

import freemarker.core.Environment;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Numbers as a Django template prints them ({@code str(number)}, no thousands separator, as with Django's
 * default {@code USE_THOUSAND_SEPARATOR = False}): {@code 2026}, {@code 1234}, {@code 0.5}, {@code 1.0},
 * {@code 1e+20}; a decimal as written, {@code 19.90}. FreeMarker's default would print {@code 2,026}, which
 * breaks every number put in a URL or a form field.
 */
public final class PythonNumberFormat extends TemplateNumberFormat {
    public static final TemplateNumberFormatFactory FACTORY = new TemplateNumberFormatFactory() {
        @Override
        public TemplateNumberFormat get(String params, Locale locale, Environment env) {
            return INSTANCE;
        }
    };
    static final PythonNumberFormat INSTANCE = new PythonNumberFormat();

    private PythonNumberFormat() {
    }

    @Override
    public String formatToPlainText(TemplateNumberModel model) throws TemplateModelException {
        return format(model.getAsNumber());
    }

    /** Python's {@code str()} of the number; a counter ({@code AtomicInteger}, {@code LongAdder}...) is an int. */
    public static String format(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        if (isWholeCounter(n)) {
            return Long.toString(n.longValue());
        }
        if (n instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (n instanceof Float f) {
            return pythonRepr(f.doubleValue(), Float.toString(f));
        }
        double d = n.doubleValue();
        return pythonRepr(d, Double.toString(d));
    }

    /** The JDK's integer counters, which are {@code Number}s that FreeMarker would otherwise print as doubles. */
    public static boolean isWholeCounter(Object n) {
        return n instanceof AtomicInteger || n instanceof AtomicLong || n instanceof LongAdder
                || n instanceof LongAccumulator;
    }

    /**
     * Python's {@code repr(float)}: the shortest digits that read back as the same value (which Java's
     * {@code toString} also gives), in positional notation when the exponent is between -4 and 15, else as
     * {@code 1.5e+20}.
     */
    private static String pythonRepr(double d, String javaText) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(javaText).stripTrailingZeros();
        String sign = exact.signum() < 0 ? "-" : "";
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();
        if (exponent >= -4 && exponent < 16) {
            String plain = exact.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                + Math.abs(exponent);
    }

    @Override
    public boolean isLocaleBound() {
        return false;
    }

    @Override
    public String getDescription() {
        return "Python's str() (Django's default number output)";
    }
}
