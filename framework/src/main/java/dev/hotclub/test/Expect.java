package dev.hotclub.test;

/**
 * What {@link TestResponse#assertContains(String, Expect)} expects besides the text: Django's {@code count=} and
 * {@code status_code=}, each named where it is written so that neither can be read for the other.
 *
 * <pre>{@code
 * import static dev.hotclub.test.Expect.*;
 *
 * response.assertContains("Not found", status(404));          // assertContains(response, text, status_code=404)
 * response.assertContains("<li>", count(3));                  // assertContains(response, text, count=3)
 * response.assertContains("<li>", count(3).withStatus(201));
 * }</pre>
 *
 * @param count  how many times the text is there; {@code null} for at least once
 * @param status the response's status, 200 unless given
 */
public record Expect(Integer count, int status) {
    /** The text is there exactly {@code times} times (Django's {@code count=}); the status is 200. */
    public static Expect count(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("count(" + times + "): a text is there 0 or more times");
        }
        return new Expect(times, 200);
    }

    /** The response has {@code code} as its status (Django's {@code status_code=}); the text is there at least once. */
    public static Expect status(int code) {
        return new Expect(null, code);
    }

    /** This expectation with the status {@code code}: {@code count(2).withStatus(404)}. */
    public Expect withStatus(int code) {
        return new Expect(count, code);
    }
}
