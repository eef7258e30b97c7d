package dev.hotclub.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Django's {@code filebased} backend: each call's messages go to a new file in EMAIL_FILE_PATH, named
 * {@code 20261206-010203-<random>.log}, written as the console backend prints them.
 */
public final class FileEmailBackend implements EmailBackend {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;

    public FileEmailBackend(Path folder) {
        this.folder = folder;
    }

    @Override
    public int sendMessages(List<EmailMessage> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        StringBuilder text = new StringBuilder();
        messages.forEach(m -> text.append(ConsoleEmailBackend.format(m)));
        Path file = folder.resolve(STAMP.format(LocalDateTime.now()) + "-" + UUID.randomUUID().toString().substring(0, 8) + ".log");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MailException("Cannot write mail to " + file + " (EMAIL_FILE_PATH): " + e.getMessage(), e);
        }
        return messages.size();
    }
}
