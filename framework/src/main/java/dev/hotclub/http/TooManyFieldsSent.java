package dev.hotclub.http;

/** A query string or form body with more than {@value QueryDict#MAX_FIELDS} fields: a 400 response. */
public final class TooManyFieldsSent extends BadRequest {
    public TooManyFieldsSent() {
        super("The number of GET/POST parameters exceeded " + QueryDict.MAX_FIELDS
                + " (Django's DATA_UPLOAD_MAX_NUMBER_FIELDS).");
    }
}
