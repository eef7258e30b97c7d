package dev.hotclub.db.library;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.fields.*;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

/** One field of each kind, to check every value makes the round trip on both backends. */
public class Everything extends Model {
    public static final Manager<Everything> objects = Manager.of(Everything.class);

    public enum Size { SMALL, LARGE }

    @CharField(maxLength = 10, nullable = true) public String chars;
    @CharField(maxLength = 10, nullable = true) public Size size;
    @TextField(nullable = true) public String text;
    @IntegerField(nullable = true) public Integer integer;
    @BigIntegerField(nullable = true) public Long big;
    @SmallIntegerField(nullable = true) public Short small;
    @PositiveIntegerField(nullable = true) public Integer positive;
    @FloatField(nullable = true) public Double floating;
    @DecimalField(maxDigits = 10, decimalPlaces = 3, nullable = true) public BigDecimal decimal;
    @BooleanField(nullable = true) public Boolean flag;
    @DateField(nullable = true) public LocalDate day;
    @DateTimeField(nullable = true) public Instant moment;
    @TimeField(nullable = true) public LocalTime time;
    @DurationField(nullable = true) public Duration duration;
    @UUIDField(nullable = true) public UUID uuid;
    @EmailField(nullable = true) public String email;
    @URLField(nullable = true) public String url;
    @SlugField(nullable = true) public String slug;
    @JSONField(nullable = true) public Map<String, Object> data;
    @JSONField(nullable = true) public JsonNode tree;
    @BinaryField(nullable = true) public byte[] bytes;
    @DateTimeField(autoNowAdd = true) public Instant created;
    @DateTimeField(autoNow = true) public Instant modified;
}
