package dev.hotclub.http;

import dev.hotclub.http.internal.HeaderTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a view returns: a status, headers, cookies and a body, as Django's {@code HttpResponse}. A response is
 * built by one view and then adjusted by middleware on the same thread, so it is mutable; the setters return
 * {@code this} to chain.
 *
 * <pre>{@code
 * return HttpResponse.ok("<h1>Hello</h1>").header("Cache-Control", "no-store");
 * return HttpResponse.notFound("<h1>No such page</h1>");
 * return new HttpResponse("text", 200, "text/plain; charset=utf-8");
 * }</pre>
 */
public class HttpResponse {
    /** Django's {@code DEFAULT_CONTENT_TYPE}. */
    public static final String DEFAULT_CONTENT_TYPE = "text/html; charset=utf-8";

    private int status;
    private byte[] content;
    private final Map<String, String> headers = new HeaderTable();
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    /** A 200 HTML response. */
    public HttpResponse(String content) {
        this(content, 200);
    }

    /** An HTML response with the given status. */
    public HttpResponse(String content, int status) {
        this(content, status, DEFAULT_CONTENT_TYPE);
    }

    /** A text response; its body is encoded with the charset named in {@code contentType} (UTF-8 if none). */
    public HttpResponse(String content, int status, String contentType) {
        this(status, contentType, content.getBytes(charsetOf(contentType)));
    }

    /** A response with the given bytes as its body. */
    public HttpResponse(byte[] content, int status, String contentType) {
        this(status, contentType, content.clone());
    }

    /** {@code content} is this response's own: the encoded text or a copy, never the caller's array. */
    HttpResponse(int status, String contentType, byte[] content) {
        this.content = content;
        status(status);
        // The default content type, nearly every response's, is known to be a valid value.
        headers.put("Content-Type", contentType == DEFAULT_CONTENT_TYPE ? contentType
                : requireHeaderValue("Content-Type", contentType));
    }

    /** 200 with an HTML body. */
    public static HttpResponse ok(String html) {
        return new HttpResponse(html, 200);
    }

    /** 404 with an HTML body (Django's {@code HttpResponseNotFound}); a view may also throw {@link Http404}. */
    public static HttpResponse notFound(String html) {
        return new HttpResponse(html, 404);
    }

    /** 400 with an HTML body. */
    public static HttpResponse badRequest(String html) {
        return new HttpResponse(html, 400);
    }

    /** 403 with an HTML body. */
    public static HttpResponse forbidden(String html) {
        return new HttpResponse(html, 403);
    }

    /** 405 with the {@code Allow} header listing the methods the view accepts. */
    public static HttpResponse notAllowed(String... permittedMethods) {
        return new HttpResponse("", 405).header("Allow", String.join(", ", permittedMethods));
    }

    /** 410 with an HTML body. */
    public static HttpResponse gone(String html) {
        return new HttpResponse(html, 410);
    }

    /** 500 with an HTML body. */
    public static HttpResponse serverError(String html) {
        return new HttpResponse(html, 500);
    }

    /** 204, no body. */
    public static HttpResponse noContent() {
        return new HttpResponse(new byte[0], 204, DEFAULT_CONTENT_TYPE);
    }

    public int status() {
        return status;
    }

    public HttpResponse status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be between 100 and 599, got " + status);
        }
        this.status = status;
        return this;
    }

    /** The {@code Content-Type} header, e.g. {@code text/html; charset=utf-8}. */
    public String contentType() {
        return headers.get("Content-Type");
    }

    /** The charset named in the content type, UTF-8 when it names none. */
    public Charset charset() {
        return charsetOf(contentType());
    }

    /**
     * Sets a header, replacing any earlier value. A name must be an HTTP token ({@code X-Request-Id}); a value
     * with CR, LF or NUL is refused ({@link BadHeader}), as any of them would let it split the response.
     */
    public HttpResponse header(String name, String value) {
        headers.put(requireHeaderName(name), requireHeaderValue(name, value));
        return this;
    }

    /** A header's value, or {@code null}; names are case-insensitive. */
    public String header(String name) {
        return headers.get(name);
    }

    public HttpResponse removeHeader(String name) {
        headers.remove(name);
        return this;
    }

    /** Every header but {@code Set-Cookie} (see {@link #cookies()}), names case-insensitive, in the order set. */
    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /** Sets a cookie with Django's defaults: path {@code /}, a session cookie. */
    public HttpResponse setCookie(String name, String value) {
        return setCookie(Cookie.of(name, value));
    }

    /** Sets a cookie, replacing an earlier one of the same name. */
    public HttpResponse setCookie(Cookie cookie) {
        cookies.put(cookie.name(), cookie);
        return this;
    }

    /** Tells the browser to drop a cookie (an empty value that expired in 1970, as Django's). */
    public HttpResponse deleteCookie(String name) {
        return setCookie(Cookie.deletion(name));
    }

    /** The cookies to set, each one {@code Set-Cookie} header. */
    public List<Cookie> cookies() {
        return List.copyOf(cookies.values());
    }

    /** The body's bytes. */
    public byte[] content() {
        return content.clone();
    }

    /**
     * The body as a read-only buffer over this response's own bytes, without the copy {@link #content()} makes: what a
     * server writes to the socket.
     */
    public ByteBuffer contentBuffer() {
        return ByteBuffer.wrap(content).asReadOnlyBuffer();
    }

    /** Replaces the body with {@code text} encoded in this response's charset. */
    public HttpResponse content(String text) {
        this.content = text.getBytes(charset());
        return this;
    }

    /** The body decoded with this response's charset. */
    public String text() {
        return new String(content, charset());
    }

    /** The body's length in bytes, or -1 when it is streamed without a known length. */
    public long contentLength() {
        return content.length;
    }

    /** Writes the body; a streaming response writes it from its source. */
    public void writeBody(OutputStream out) throws IOException {
        out.write(content);
    }

    /** The header lines this response sends, {@code Set-Cookie} included, in order. */
    public List<Map.Entry<String, String>> headerLines() {
        List<Map.Entry<String, String>> lines = new ArrayList<>(headers.entrySet());
        cookies.values().forEach(c -> lines.add(Map.entry("Set-Cookie", c.toHeaderValue())));
        return lines;
    }

    static Charset charsetOf(String contentType) {
        // The content type of nearly every response, without splitting it each time.
        if (DEFAULT_CONTENT_TYPE.equals(contentType)) {
            return StandardCharsets.UTF_8;
        }
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.trim();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    return Charset.forName(p.substring(8).replace("\"", "").trim());
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    static String requireHeaderValue(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("Header " + name + " needs a value, got null");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
            throw new BadHeader("Header values can't contain newlines or NUL (" + name + ": "
                    + JavaString.quote(value) + "): a CR, LF or NUL would let the value split the response."
                    + " Encode the value first, e.g. with URLEncoder.");
        }
        return value;
    }

    // RFC 9110 token: what a header name is made of. Anything else (a space, a colon, a CR) breaks the header.
    static String requireHeaderName(String name) {
        if (name == null || name.isEmpty() || !isToken(name)) {
            throw new BadHeader("Header name " + (name == null ? "null" : JavaString.quote(name))
                    + " is not a valid name: use letters, digits and !#$%&'*+-.^_`|~ (e.g. X-Request-Id).");
        }
        return name;
    }

    // A loop, not chars().allMatch(): every header a middleware sets comes through here (benchmarks/README.md).
    private static boolean isToken(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!isTokenChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final boolean[] TOKEN_CHARS = new boolean[0x7f];

    static {
        for (int c = 0x21; c < 0x7f; c++) {
            TOKEN_CHARS[c] = "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
        }
    }

    static boolean isTokenChar(int c) {
        return c >= 0 && c < 0x7f && TOKEN_CHARS[c];
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[status=" + status + ", Content-Type=" + contentType() + "]";
    }
}
