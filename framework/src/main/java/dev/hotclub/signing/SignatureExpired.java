package dev.hotclub.signing;

/** A timestamped signed value older than the maximum age asked for (Django's {@code signing.SignatureExpired}). */
public class SignatureExpired extends BadSignature {
    public SignatureExpired(String message) {
        super(message);
    }
}
