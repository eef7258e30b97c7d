package dev.hotclub.templates.internal;

import freemarker.core.Environment;
import freemarker.ext.beans.BeanModel;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.TemplateDateModel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;

/**
 * A {@code java.time} value in a template: printed as a date ({@code ${question.pubDate}} uses the date
 * formats, see {@link DjangoDateFormat}), while its methods stay readable ({@code ${question.pubDate.year}}).
 * FreeMarker 2.3 knows only {@code java.util.Date}, and would print {@code 2026-12-02T07:19:21.123}.
 */
final class TemporalModel extends BeanModel implements TemplateDateModel {
    private final int dateType;

    private TemporalModel(Object temporal, BeansWrapper wrapper, int dateType) {
        super(temporal, wrapper);
        this.dateType = dateType;
    }

    /** The model of {@code value}, or {@code null} when it is not a date or time this class knows. */
    static TemporalModel of(Object value, BeansWrapper wrapper) {
        if (value instanceof LocalDate) {
            return new TemporalModel(value, wrapper, DATE);
        }
        if (value instanceof LocalTime) {
            return new TemporalModel(value, wrapper, TIME);
        }
        if (value instanceof LocalDateTime || value instanceof ZonedDateTime || value instanceof OffsetDateTime
                || value instanceof Instant) {
            return new TemporalModel(value, wrapper, DATETIME);
        }
        return null;
    }

    /** A value with a zone or an offset, moved to {@code zone}; a local one taken as being in {@code zone}. */
    ZonedDateTime inZone(ZoneId zone) {
        if (object instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone);
        }
        if (object instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone);
        }
        if (object instanceof Instant i) {
            return i.atZone(zone);
        }
        return DjangoDateFormat.atZone(object, zone);
    }

    @Override
    public Date getAsDate() {
        Environment env = Environment.getCurrentEnvironment();
        TimeZone zone = env != null ? env.getTimeZone() : TimeZone.getDefault();
        return Date.from(inZone(zone.toZoneId()).toInstant());
    }

    @Override
    public int getDateType() {
        return dateType;
    }
}
