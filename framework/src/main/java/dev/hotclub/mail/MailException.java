package dev.hotclub.mail;

/** A message that could not be sent: the mail server refused it or could not be reached. */
public class MailException extends RuntimeException {
    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
