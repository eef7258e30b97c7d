package dev.hotclub.http;

/** A 301 to {@link #url()}, with the same URL checks as {@link HttpResponseRedirect}. */
public class HttpResponsePermanentRedirect extends HttpResponseRedirect {
    public HttpResponsePermanentRedirect(String url) {
        super(url, 301);
    }
}
