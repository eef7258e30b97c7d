package dev.hotclub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sends through a real SMTP conversation with {@link LoopbackSmtpServer} on 127.0.0.1. */
class SmtpEmailBackendTest {
    private static MailSettings smtp(int port, String user, String password, boolean tls) {
        return new MailSettings("smtp", "127.0.0.1", port, user, password, tls, false, Duration.ofSeconds(10),
                "Hotclub <noreply@example.com>", null);
    }

    @Test
    void aMessageReachesEveryRecipientAndBccStaysOutOfTheHeaders() throws IOException {
        try (LoopbackSmtpServer server = new LoopbackSmtpServer()) {
            Mailer mailer = new Mailer(smtp(server.port(), "", "", false));
            int sent = mailer.send(EmailMessage.builder().subject("Password reset on example.com")
                    .body("Follow the link.\n.\nThat line was a lone dot.").to("alice@example.com")
                    .cc("carol@example.com").bcc("audit@example.com").alternative("<p>Follow the link.</p>", "text/html")
                    .build());
            assertThat(sent).isEqualTo(1);
            assertThat(server.received()).singleElement().satisfies(r -> {
                assertThat(r.mailFrom()).isEqualTo("noreply@example.com");
                assertThat(r.rcptTo()).containsExactly("alice@example.com", "carol@example.com", "audit@example.com");
                assertThat(r.data()).contains("Subject: Password reset on example.com\n", "To: alice@example.com\n",
                        "Cc: carol@example.com\n", "From: Hotclub <noreply@example.com>\n", "multipart/alternative",
                        "Follow the link.\n.\nThat line was a lone dot.", "<p>Follow the link.</p>");
                assertThat(r.data()).doesNotContain("audit@example.com");
                assertThat(r.login()).isNull();
            });
            assertThat(server.commands()).doesNotContain("AUTH").endsWith("QUIT");
        }
    }

    @Test
    void severalMessagesShareOneConnectionAndTheHostUserLogsIn() throws IOException {
        try (LoopbackSmtpServer server = new LoopbackSmtpServer()) {
            Mailer mailer = new Mailer(smtp(server.port(), "mailer@example.com", "pässword", false));
            int sent = mailer.sendAll(List.of(
                    EmailMessage.builder().subject("one").body("1").to("a@example.com").build(),
                    EmailMessage.builder().subject("nobody").build(),
                    EmailMessage.builder().subject("two").body("2").from("other@example.com").to("b@example.com").build()));
            assertThat(sent).isEqualTo(2);
            assertThat(server.received()).extracting(LoopbackSmtpServer.Received::mailFrom)
                    .containsExactly("noreply@example.com", "other@example.com");
            assertThat(server.received()).allSatisfy(r -> assertThat(r.login()).isEqualTo("mailer@example.com:pässword"));
            assertThat(server.commands()).filteredOn("EHLO"::equals).hasSize(1);
        }
    }

    @Test
    void aFromHeaderChangesWhatTheReaderSeesNotTheEnvelopeSender() throws IOException {
        try (LoopbackSmtpServer server = new LoopbackSmtpServer()) {
            new Mailer(smtp(server.port(), "", "", false)).send(EmailMessage.builder().subject("s").body("b")
                    .from("bounces@example.com").header("From", "Support <support@example.com>").to("a@example.com")
                    .build());
            assertThat(server.received()).singleElement().satisfies(r -> {
                assertThat(r.mailFrom()).isEqualTo("bounces@example.com");
                assertThat(r.data()).contains("From: Support <support@example.com>\n").doesNotContain("bounces@");
            });
        }
    }

    @Test
    void aRefusedRecipientIsAnErrorNamingTheServer() throws IOException {
        try (LoopbackSmtpServer server = new LoopbackSmtpServer().rejecting("ghost@example.com")) {
            Mailer mailer = new Mailer(smtp(server.port(), "", "", false));
            assertThatThrownBy(() -> mailer.sendMail("s", "b", null, List.of("ghost@example.com")))
                    .isInstanceOf(MailException.class)
                    .hasMessageStartingWith("Cannot send mail through smtp://127.0.0.1:" + server.port()
                            + " (EMAIL_HOST, EMAIL_PORT): ")
                    .hasMessageContaining("ghost@example.com");
        }
    }

    @Test
    void useTlsNeverFallsBackToClearTextWhenTheServerOffersNoStartTls() throws IOException {
        try (LoopbackSmtpServer server = new LoopbackSmtpServer()) {
            Mailer mailer = new Mailer(smtp(server.port(), "u", "p", true));
            assertThatThrownBy(() -> mailer.sendMail("s", "b", null, List.of("a@example.com")))
                    .isInstanceOf(MailException.class).hasMessageContaining("STARTTLS");
            assertThat(server.received()).isEmpty();
            assertThat(server.commands()).doesNotContain("AUTH", "MAIL");
        }
    }

    @Test
    void anUnreachableServerIsAnErrorNamingHostAndPort() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        Mailer mailer = new Mailer(smtp(closedPort, "", "", false));
        assertThatThrownBy(() -> mailer.sendMail("s", "b", null, List.of("a@example.com")))
                .isInstanceOf(MailException.class)
                .hasMessageStartingWith("Cannot send mail through smtp://127.0.0.1:" + closedPort + " (EMAIL_HOST, EMAIL_PORT): ");
    }
}
