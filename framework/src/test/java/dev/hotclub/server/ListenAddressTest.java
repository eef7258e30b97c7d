package dev.hotclub.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ListenAddressTest {

    @Test
    void aPortAloneListensOnLocalhost() {
        assertThat(ListenAddress.parse("8080")).isEqualTo(new ListenAddress("127.0.0.1", 8080));
    }

    @Test
    void anAddressAndPortAreBothUsed() {
        assertThat(ListenAddress.parse("0.0.0.0:9000")).isEqualTo(new ListenAddress("0.0.0.0", 9000));
        assertThat(ListenAddress.parse("localhost:9000")).isEqualTo(new ListenAddress("localhost", 9000));
        assertThat(ListenAddress.parse("[::1]:9000")).isEqualTo(new ListenAddress("::1", 9000));
    }

    @Test
    void theBannerShowsIpv6InBrackets() {
        assertThat(new ListenAddress("::1", 9000).url(9000)).isEqualTo("http://[::1]:9000/");
        assertThat(ListenAddress.DEFAULT.url(8000)).isEqualTo("http://127.0.0.1:8000/");
    }

    @Test
    void anythingElseIsRefusedWithDjangosMessage() {
        assertThatThrownBy(() -> ListenAddress.parse("abc"))
            .hasMessage("\"abc\" is not a valid port number or address:port pair.");
        assertThatThrownBy(() -> ListenAddress.parse("127.0.0.1:"))
            .hasMessage("\"127.0.0.1:\" is not a valid port number or address:port pair.");
        assertThatThrownBy(() -> ListenAddress.parse("70000")).hasMessage("\"70000\" is not a valid port number.");
    }
}
