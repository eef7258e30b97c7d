package dev.hotclub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EMAIL_USE_TLS and EMAIL_USE_SSL over real TLS with {@link LoopbackSmtpServer}, whose certificate (for
 * 127.0.0.1) the JDK's keytool makes for the test; the client trusts that one certificate only.
 */
class SmtpTlsTest {
    private static SSLContext server;
    private static SSLContext client;
    private static SSLContext otherClient;
    private static SSLContext wrongNameServer;
    private static SSLContext wrongNameClient;

    @BeforeAll
    static void certificates(@TempDir Path dir) throws Exception {
        server = serverContext(keyStore(dir, "smtp", "127.0.0.1"));
        client = clientContext(keyStore(dir, "smtp", "127.0.0.1"));
        otherClient = clientContext(keyStore(dir, "other", "127.0.0.1"));
        wrongNameServer = serverContext(keyStore(dir, "elsewhere", "192.0.2.1"));
        wrongNameClient = clientContext(keyStore(dir, "elsewhere", "192.0.2.1"));
    }

    private static KeyStore keyStore(Path dir, String name, String ip) throws IOException, InterruptedException,
            GeneralSecurityException {
        Path file = dir.resolve(name + ".p12");
        if (!Files.exists(file)) {
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + ip,
                    "-ext", "san=ip:" + ip, "-validity", "2", "-keystore", file.toString(), "-storetype", "PKCS12",
                    "-storepass", "changeit").redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes());
            assertThat(keytool.waitFor()).as(output).isZero();
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, "changeit".toCharArray());
        }
        return store;
    }

    private static SSLContext serverContext(KeyStore store) throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static SSLContext clientContext(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static MailSettings settings(int port, boolean tls, boolean ssl) {
        return new MailSettings("smtp", "127.0.0.1", port, "mailer@example.com", "s3cret", tls, ssl,
                Duration.ofSeconds(10), "noreply@example.com", null);
    }

    @Test
    void useTlsSwitchesToTlsBeforeLoggingIn() throws IOException {
        try (LoopbackSmtpServer smtp = new LoopbackSmtpServer(server, false)) {
            MailSettings settings = settings(smtp.port(), true, false);
            Mailer mailer = new Mailer(settings, new SmtpEmailBackend(settings, client.getSocketFactory()));
            assertThat(mailer.sendMail("Over TLS", "secret body", null, List.of("a@example.com"))).isEqualTo(1);
            assertThat(smtp.received()).singleElement().satisfies(r -> {
                assertThat(r.encrypted()).isTrue();
                assertThat(r.login()).isEqualTo("mailer@example.com:s3cret");
                assertThat(r.data()).contains("secret body");
            });
            assertThat(smtp.commands()).startsWith("EHLO", "STARTTLS", "EHLO", "AUTH");
        }
    }

    @Test
    void useSslSpeaksTlsFromTheFirstByte() throws IOException {
        try (LoopbackSmtpServer smtp = new LoopbackSmtpServer(server, true)) {
            MailSettings settings = settings(smtp.port(), false, true);
            Mailer mailer = new Mailer(settings, new SmtpEmailBackend(settings, client.getSocketFactory()));
            mailer.sendMail("Over SMTPS", "body", null, List.of("a@example.com"));
            assertThat(smtp.received()).singleElement().satisfies(r -> assertThat(r.encrypted()).isTrue());
            assertThat(smtp.commands()).doesNotContain("STARTTLS");
        }
    }

    @Test
    void anUntrustedCertificateStopsTheMessageBeforeThePasswordIsSent() throws IOException {
        try (LoopbackSmtpServer smtp = new LoopbackSmtpServer(server, false)) {
            MailSettings settings = settings(smtp.port(), true, false);
            Mailer mailer = new Mailer(settings, new SmtpEmailBackend(settings, otherClient.getSocketFactory()));
            assertThatThrownBy(() -> mailer.sendMail("s", "b", null, List.of("a@example.com")))
                    .isInstanceOf(MailException.class)
                    .hasMessageStartingWith("Cannot send mail through smtp://127.0.0.1:" + smtp.port());
            assertThat(smtp.commands()).doesNotContain("AUTH", "MAIL");
            assertThat(smtp.received()).isEmpty();
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefusedToo() throws IOException {
        try (LoopbackSmtpServer smtp = new LoopbackSmtpServer(wrongNameServer, false)) {
            MailSettings settings = settings(smtp.port(), true, false);
            Mailer mailer = new Mailer(settings, new SmtpEmailBackend(settings, wrongNameClient.getSocketFactory()));
            assertThatThrownBy(() -> mailer.sendMail("s", "b", null, List.of("a@example.com")))
                    .isInstanceOf(MailException.class).hasMessageContaining("No subject alternative names matching IP address 127.0.0.1");
            assertThat(smtp.commands()).doesNotContain("AUTH", "MAIL");
        }
    }
}
