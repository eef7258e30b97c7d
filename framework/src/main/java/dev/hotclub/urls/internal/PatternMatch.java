package dev.hotclub.urls.internal;

import java.util.List;
import java.util.Map;

/**
 * One level's match: where the rest of the path starts, and the values captured at this level.
 *
 * @param end    the index in the path just past what this level matched
 * @param args   positional values (rePath without named groups)
 * @param kwargs converted values by name, in route order
 */
public record PatternMatch(int end, List<Object> args, Map<String, Object> kwargs) {
}
