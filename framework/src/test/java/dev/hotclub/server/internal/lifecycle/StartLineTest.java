package dev.hotclub.server.internal.lifecycle;

import dev.hotclub.server.internal.lifecycle.StartLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The production start line")
class StartLineTest {

    @Test
    @DisplayName("names the framework version, the project, the address as a URL and the DEBUG state")
    void namesVersionAddressAndDebug() {
        assertTrue(StartLine.version().matches("\\d+\\.\\d+\\.\\d+.*"), StartLine.version());
        assertEquals("Hotclub " + StartLine.version() + " serving fixture at http://0.0.0.0:8000/ (DEBUG off)",
                StartLine.text(FixtureSite.builder(false).build(), "0.0.0.0", 8000));
        assertEquals("Hotclub " + StartLine.version() + " serving fixture at http://127.0.0.1:1234/ (DEBUG on)",
                StartLine.text(FixtureSite.builder(true).build(), "127.0.0.1", 1234));
    }

    @Test
    @DisplayName("writes an IPv6 address in brackets, as a URL must")
    void bracketsIpv6() {
        assertEquals("http://[::1]:8000/", StartLine.url("::1", 8000));
        assertEquals("http://[::]:80/", StartLine.url("[::]", 80));
    }
}
