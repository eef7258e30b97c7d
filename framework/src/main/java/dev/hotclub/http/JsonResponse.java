package dev.hotclub.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hotclub.utils.Json;

/**
 * A response whose body is {@code data} written as JSON by Jackson, with {@code Content-Type: application/json}.
 *
 * <pre>{@code
 * return new JsonResponse(Map.of("name", name, "count", 3));
 * return new JsonResponse(List.of(1, 2, 3));   // Django needs safe=False for this; Java has no such risk
 * }</pre>
 */
public class JsonResponse extends HttpResponse {
    public JsonResponse(Object data) {
        this(data, 200);
    }

    public JsonResponse(Object data, int status) {
        super(status, "application/json", serialize(data));
    }

    private static byte[] serialize(Object data) {
        try {
            return Json.mapper().writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("JsonResponse cannot write a " + data.getClass().getName()
                    + " as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
