package dev.hotclub.http;

/** Placeholder: the HTTP layer gives this its full form. */
public class HttpRequest {
}
