package id.sopflow.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import id.sopflow.InputRefusedException;
import id.sopflow.testkit.PlainTest;
import id.sopflow.verification.WebAddress;

@PlainTest
class PlatformLinksTest {

    private final PlatformLinks links = new PlatformLinks(
            new WebsiteProperties(Map.of("ppid-bunder", "Bunder.Example.go.id")));

    @Test
    void acceptsLinksOnThePlatformsOwnDomainsAndSubdomains() {
        assertThatCode(() -> {
            links.requireOnPlatform(Platform.FACEBOOK, "ppid-bunder", "https://www.facebook.com/bunder/posts/1");
            links.requireOnPlatform(Platform.FACEBOOK, "ppid-bunder", "https://fb.watch/abc");
            links.requireOnPlatform(Platform.INSTAGRAM, "ppid-bunder", " https://www.instagram.com/p/Cx1/ ");
            links.requireOnPlatform(Platform.YOUTUBE, "ppid-bunder", "https://youtu.be/dQw4w9WgXcQ");
            links.requireOnPlatform(Platform.WEBSITE, "ppid-bunder", "https://bunder.example.go.id/berita/1");
            links.requireOnPlatform(Platform.WEBSITE, "ppid-bunder", "https://ppid.bunder.example.go.id/x");
        }).doesNotThrowAnyException();
    }

    @Test
    void refusesALinkOnAnotherDomainNamingTheExpectedOne() {
        assertThatThrownBy(() -> links.requireOnPlatform(Platform.INSTAGRAM, "ppid-bunder",
                "https://www.facebook.com/bunder/posts/1"))
                .isInstanceOf(InputRefusedException.class)
                .hasMessageContaining("bukan alamat Instagram").hasMessageContaining("instagram.com");
    }

    @Test
    void refusesLookalikeHosts() {
        assertThatThrownBy(() -> links.requireOnPlatform(Platform.FACEBOOK, "ppid-bunder",
                "https://facebook.com.evil.example/x")).isInstanceOf(InputRefusedException.class);
        assertThatThrownBy(() -> links.requireOnPlatform(Platform.YOUTUBE, "ppid-bunder",
                "https://notyoutube.com/watch?v=1")).isInstanceOf(InputRefusedException.class);
    }

    @Test
    void refusesTextThatIsNoWebAddress() {
        assertThatThrownBy(() -> links.requireOnPlatform(Platform.FACEBOOK, "ppid-bunder", "facebook.com/bunder"))
                .isInstanceOf(InputRefusedException.class).hasMessageContaining("bukan alamat web yang sah");
        assertThatThrownBy(() -> links.requireOnPlatform(Platform.FACEBOOK, "ppid-bunder", "  "))
                .isInstanceOf(InputRefusedException.class).hasMessageContaining("wajib diisi");
    }

    @Test
    void aWebsiteLinkNeedsTheOrganisationsDomainConfigured() {
        assertThatThrownBy(() -> links.requireOnPlatform(Platform.WEBSITE, "setwan-balangan",
                "https://dprd.balangankab.go.id/x"))
                .isInstanceOf(InputRefusedException.class).hasMessageContaining("belum diatur");
        assertThat(links.domainsOf(Platform.WEBSITE, "ppid-bunder")).containsExactly("bunder.example.go.id");
    }

    @Test
    void platformIdsAreTheChannelIds() {
        assertThat(Platform.byId("facebook")).contains(Platform.FACEBOOK);
        assertThat(FacebookPageChannel.ID).isEqualTo(Platform.FACEBOOK.id());
        assertThat(Platform.byId("tiktok")).isEmpty();
    }

    @Test
    void linesDropsBlankLinesAndTrims() {
        assertThat(WebAddress.lines(" a \n\n b\n")).containsExactly("a", "b");
        assertThat(WebAddress.lines(null)).isEmpty();
    }
}
