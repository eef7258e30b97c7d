package dev.hotclub.utils;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The framework's one Jackson mapper. Jackson caches serializers per class, user classes included: a project
 * generation that goes away calls {@link #forgetClasses()} so that its class loader can be collected.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static void forgetClasses() {
        MAPPER.clearCaches();
    }
}
