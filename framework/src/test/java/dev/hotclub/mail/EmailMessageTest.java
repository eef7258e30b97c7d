package dev.hotclub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmailMessageTest {
    private static final MailSettings LOCMEM = MailSettings.defaults().withBackend("locmem");

    @BeforeEach
    void emptyOutbox() {
        Mail.clearOutbox();
    }

    @Test
    void headerInjectionIsRefusedWithDjangosMessage() {
        assertThatThrownBy(() -> EmailMessage.builder().subject("Hi\nBcc: x@y.com").to("a@b.com").build())
                .isInstanceOf(BadHeaderError.class)
                .hasMessage("Header values can't contain newlines (got 'Hi\\nBcc: x@y.com' for header 'Subject')");
        assertThatThrownBy(() -> EmailMessage.builder().to("a@b.com\nBcc: x@y.com").build())
                .hasMessage("Header values can't contain newlines (got 'a@b.com\\nBcc: x@y.com' for header 'To')");
        assertThatThrownBy(() -> EmailMessage.builder().to("a@b.com").header("X-Tag", "a\r\nb").build())
                .hasMessage("Header values can't contain newlines (got 'a\\r\\nb' for header 'X-Tag')");
        assertThatThrownBy(() -> EmailMessage.builder().to("a@b.com").header("Bcc: x@y.com\nX-A", "v").build())
                .hasMessage("Header names must be printable ASCII without ':' or spaces (got 'Bcc: x@y.com\\nX-A')");
        assertThatThrownBy(() -> EmailMessage.builder().from("it's me\r").to("a@b.com").build())
                .hasMessage("Header values can't contain newlines (got \"it's me\\r\" for header 'From')");
    }

    @Test
    void sendMailPutsTheMessageInTheOutboxFromTheDefaultSender() {
        Mailer mailer = new Mailer(LOCMEM);
        assertThat(mailer.sendMail("Subject here", "Here is the message.", null, List.of("to@example.com"))).isEqualTo(1);
        assertThat(Mail.outbox()).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Subject here");
            assertThat(m.body()).isEqualTo("Here is the message.");
            assertThat(m.fromEmail()).isEqualTo("webmaster@localhost");
            assertThat(m.to()).containsExactly("to@example.com");
        });
    }

    @Test
    void aMessageWithoutRecipientsIsNotSent() {
        assertThat(new Mailer(LOCMEM).send(EmailMessage.builder().subject("nobody").build())).isZero();
        assertThat(Mail.outbox()).isEmpty();
    }

    @Test
    void anAddressThatCannotBeSentFailsAsItWouldInProduction() {
        Mailer mailer = new Mailer(LOCMEM);
        assertThatThrownBy(() -> mailer.sendMail("s", "b", null, List.of("not an address")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Invalid address \"not an address\"");
        assertThat(Mail.outbox()).isEmpty();
    }

    @Test
    void theConsoleBackendPrintsTheWholeMessageThenADashedLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Mailer mailer = new Mailer(MailSettings.defaults().withBackend("console"),
                new ConsoleEmailBackend(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        mailer.send(EmailMessage.builder().subject("Réinitialisation").body("Bonjour é\nline2")
                .from("Hotclub <noreply@example.com>").to("Alice <alice@example.com>").cc("c@example.com")
                .bcc("hidden@example.com").replyTo("r@example.com").header("X-Tag", "v")
                .alternative("<p>Bonjour</p>", "text/html").build());
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Subject: =?utf-8?Q?R=C3=A9initialisation?=\n", "From: Hotclub <noreply@example.com>\n",
                "To: Alice <alice@example.com>\n", "Cc: c@example.com\n", "Reply-To: r@example.com\n", "X-Tag: v\n",
                "Content-Type: multipart/alternative;", "Content-Type: text/plain; charset=utf-8",
                "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit\n\nBonjour é\nline2", "<p>Bonjour</p>");
        assertThat(printed).containsPattern("(?m)^Message-ID: <\\d+\\.\\d+@[^>]+>$").containsPattern("(?m)^Date: ");
        assertThat(printed).doesNotContain("hidden@example.com").endsWith("\n" + "-".repeat(79) + "\n");
    }

    @Test
    void attachmentsMakeAMixedMessageHoldingTheAlternatives() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Mailer mailer = new Mailer(MailSettings.defaults().withBackend("console"),
                new ConsoleEmailBackend(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff, 1, 2};
        mailer.send(EmailMessage.builder().subject("Receipt").body("See attached.").to("a@example.com")
                .alternative("<p>See attached.</p>", "text/html").attach("receipt.pdf", pdf, "application/pdf").build());
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).containsPattern("(?s)Content-Type: multipart/mixed;.*Content-Type: multipart/alternative;"
                + ".*text/plain.*text/html.*Content-Type: application/pdf; name=receipt.pdf\n"
                + "Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=receipt.pdf\n\n"
                + Base64.getEncoder().encodeToString(pdf));
    }

    @Test
    void theFileBackendWritesEachCallToANewFile(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("messages");
        Mailer mailer = new Mailer(new MailSettings("file", "localhost", 25, "", "", false, false, Duration.ofSeconds(5),
                "app@example.com", folder));
        mailer.sendMail("One", "first", null, List.of("a@example.com"));
        mailer.sendMail("Two", "second", null, List.of("a@example.com"));
        try (Stream<Path> files = Files.list(folder)) {
            List<String> texts = files.map(f -> {
                assertThat(f.getFileName().toString()).matches("\\d{8}-\\d{6}-[0-9a-f]{8}\\.log");
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }).toList();
            assertThat(texts).hasSize(2).allMatch(t -> t.contains("From: app@example.com\n") && t.endsWith("-".repeat(79) + "\n"));
        }
    }

    @Test
    void settingsNameWhatIsWrong() {
        assertThatThrownBy(() -> MailSettings.defaults().withBackend("sendmail"))
                .hasMessage("EMAIL_BACKEND=\"sendmail\" is not a mail backend: use smtp, console, locmem (tests), file or dummy");
        assertThat(MailSettings.defaults().withBackend("django.core.mail.backends.locmem.EmailBackend").backend())
                .isEqualTo("locmem");
        assertThatThrownBy(() -> new MailSettings("smtp", "h", 25, "", "", true, true, null, "a@b.c", null))
                .hasMessage("EMAIL_USE_TLS/EMAIL_USE_SSL are mutually exclusive, so only set one of those settings to True.");
        assertThatThrownBy(() -> new MailSettings("file", "h", 25, "", "", false, false, null, "a@b.c", null))
                .hasMessage("The file mail backend needs EMAIL_FILE_PATH, the folder to write messages to, e.g."
                        + " EMAIL_FILE_PATH=/tmp/app-messages");
        assertThat(new MailSettings("smtp", "h", 25, "me", "s3cret", false, false, null, "a@b.c", null).toString())
                .doesNotContain("s3cret");
    }
}
