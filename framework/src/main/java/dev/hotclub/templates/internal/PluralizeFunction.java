package dev.hotclub.templates.internal;

import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateCollectionModelEx;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.List;

/**
 * Django's {@code pluralize} filter as a function of every template: {@code ${pluralize(count)}} is {@code s}
 * unless the count is 1, {@code ${pluralize(count, "es")}} gives that suffix, {@code ${pluralize(count, "y,ies")}}
 * the singular and the plural. As Django's: a number (or a string that reads as one) is plural unless it equals 1,
 * a list or a map unless it has one element; anything else, or a suffix argument with more than one comma, gives
 * the empty string.
 */
public final class PluralizeFunction implements TemplateMethodModelEx {

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() > 2) {
            throw new TemplateModelException("pluralize() takes a value and, optionally, the suffixes:"
                    + " pluralize(count), pluralize(count, \"es\") or pluralize(count, \"y,ies\"); got "
                    + arguments.size() + " arguments");
        }
        String suffixes = "s";
        if (arguments.size() == 2) {
            if (!(arguments.get(1) instanceof TemplateScalarModel text)) {
                throw new TemplateModelException("pluralize()'s second argument is the suffixes, a string such as"
                        + " \"es\" or \"y,ies\"");
            }
            suffixes = text.getAsString();
        }
        String[] bits = (suffixes.contains(",") ? suffixes : "," + suffixes).split(",", -1);
        if (bits.length > 2) {
            return "";
        }
        Boolean one = isOne((TemplateModel) arguments.get(0));
        return one == null ? "" : one ? bits[0] : bits[1];
    }

    /** Whether Django's pluralize sees one of the value; null when it can tell nothing. */
    private static Boolean isOne(TemplateModel value) throws TemplateModelException {
        if (value instanceof TemplateNumberModel number) {
            return number.getAsNumber().doubleValue() == 1;
        }
        if (value instanceof TemplateScalarModel text) {
            try {
                return Double.parseDouble(text.getAsString().strip()) == 1; // Python's float(value)
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        if (value instanceof TemplateSequenceModel sequence) {
            return sequence.size() == 1;
        }
        if (value instanceof TemplateCollectionModelEx collection) {
            return collection.size() == 1;
        }
        if (value instanceof TemplateHashModelEx hash) {
            return hash.size() == 1;
        }
        if (value instanceof TemplateCollectionModel collection) {
            TemplateModelIterator elements = collection.iterator();
            if (!elements.hasNext()) {
                return false;
            }
            elements.next();
            return !elements.hasNext();
        }
        return null;
    }
}
