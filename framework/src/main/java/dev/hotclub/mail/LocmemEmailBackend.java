package dev.hotclub.mail;

import dev.hotclub.mail.internal.MimeRendering;
import java.util.List;

/** Django's {@code locmem} backend: keeps messages in {@link Mail#outbox()} for tests. */
public final class LocmemEmailBackend implements EmailBackend {
    @Override
    public int sendMessages(List<EmailMessage> messages) {
        for (EmailMessage message : messages) {
            // Rendered and dropped, as Django calls message(): an address that cannot be sent fails here too.
            MimeRendering.render(message, message.fromEmail(), null);
            Mail.deliverToOutbox(message);
        }
        return messages.size();
    }
}
