package id.sopflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import id.sopflow.testkit.PlainTest;

@PlainTest
class PublicAddressTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theConfiguredAddressWinsOverTheRequest() {
        PublicAddress address = new PublicAddress(new MockEnvironment()
                .withProperty("sopflow.public-url", "https://sopflow.paringin.example/")
                .withProperty("sopflow.sipa.alamat-publik", "https://lama.example"));
        reachedAt("192.168.1.5", 9090);

        assertThat(address.url("/publik/sipa/abc")).isEqualTo("https://sopflow.paringin.example/publik/sipa/abc");
        assertThat(address.cockpitInstance("pi-1"))
                .isEqualTo("https://sopflow.paringin.example/camunda/app/cockpit/default/#/process-instance/pi-1/runtime");
    }

    @Test
    void theOldSettingsStillWorkInTheirOrder() {
        assertThat(new PublicAddress(new MockEnvironment()
                .withProperty("sopflow.public-url", "")
                .withProperty("sopflow.sipa.alamat-publik", "https://sipa.example")
                .withProperty("sopflow.mutu-baku.mail.base-url", "https://mail.example")).base())
                .isEqualTo("https://sipa.example");
        assertThat(new PublicAddress(new MockEnvironment()
                .withProperty("sopflow.mutu-baku.mail.base-url", "https://mail.example")).base())
                .isEqualTo("https://mail.example");
    }

    @Test
    void unconfiguredLinksFollowTheRequestElseTheServerPort() {
        PublicAddress address = new PublicAddress(new MockEnvironment().withProperty("server.port", "9191"));
        assertThat(address.isConfigured()).isFalse();
        assertThat(address.url("/publik/sipa/abc")).isEqualTo("http://localhost:9191/publik/sipa/abc");

        reachedAt("192.168.1.5", 9090);
        assertThat(address.url("/publik/sipa/abc")).isEqualTo("http://192.168.1.5:9090/publik/sipa/abc");
    }

    @Test
    void aBrokenAddressStopsTheStartWithAnIndonesianMessage() {
        assertThatThrownBy(() -> new PublicAddress(new MockEnvironment()
                .withProperty("sopflow.public-url", "sopflow.paringin.example")))
                .hasMessageContaining("harus alamat web lengkap");
    }

    private static void reachedAt(String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
