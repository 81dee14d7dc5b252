package org.microblog.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.microblog.config.InvalidSettingException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Forwarded headers count only from a trusted proxy; the settings' forms. */
class ForwardedHeadersTests {

    private static HttpServletRequest through(String proxies, String socket, String... headers) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/auth/reset_password_request");
        request.setRemoteAddr(socket);
        request.setServerName("10.0.0.5");
        request.setServerPort(8080);
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        new ForwardedHeadersFilter(TrustedProxies.parse("TRUSTED_PROXIES", proxies))
                .doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }

    @Test
    void fromATrustedProxyTheClientSchemeAndHostAreTheForwardedOnes() throws Exception {
        HttpServletRequest seen = through("", "127.0.0.1", "X-Forwarded-For", "203.0.113.7",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "microblog.example.com");

        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
        assertThat(seen.getScheme()).isEqualTo("https");
        assertThat(seen.isSecure()).isTrue();
        assertThat(seen.getServerName()).isEqualTo("microblog.example.com");
        assertThat(seen.getServerPort()).isEqualTo(443);
        assertThat(seen.getRequestURL()).hasToString("https://microblog.example.com/auth/reset_password_request");
    }

    @Test
    void fromAnyOtherAddressTheHeadersChangeNothing() throws Exception {
        HttpServletRequest seen = through("", "10.1.2.3", "X-Forwarded-For", "203.0.113.7",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example");

        assertThat(seen.getRemoteAddr()).isEqualTo("10.1.2.3");
        assertThat(seen.getScheme()).isEqualTo("http");
        assertThat(seen.getServerName()).isEqualTo("10.0.0.5");
        assertThat(through("none", "127.0.0.1", "X-Forwarded-For", "203.0.113.7").getRemoteAddr()).isEqualTo("127.0.0.1");
    }

    @Test
    void theClientIsTheNearestAddressThatIsNotATrustedProxy() throws Exception {
        String chain = "1.1.1.1, 198.51.100.20, 10.0.0.9";
        assertThat(through("127.0.0.1, 10.0.0.0/8", "127.0.0.1", "X-Forwarded-For", chain).getRemoteAddr())
                .isEqualTo("198.51.100.20");
        // A forged first hop is not believed past the first untrusted one.
        assertThat(through("127.0.0.1", "127.0.0.1", "X-Forwarded-For", chain).getRemoteAddr()).isEqualTo("10.0.0.9");
        assertThat(through("127.0.0.1", "127.0.0.1", "X-Forwarded-For", "not-an-address").getRemoteAddr())
                .isEqualTo("127.0.0.1");
        assertThat(through("", "127.0.0.1", "X-Forwarded-Host", "evil.example/path").getServerName()).isEqualTo("10.0.0.5");
    }

    @Test
    void trustedProxiesAreAddressesAndRanges() {
        TrustedProxies proxies = TrustedProxies.parse("TRUSTED_PROXIES", "192.168.0.0/16, 10.0.0.5, fd00::/8");
        assertThat(proxies.trusts("192.168.44.1")).isTrue();
        assertThat(proxies.trusts("192.169.0.1")).isFalse();
        assertThat(proxies.trusts("10.0.0.5")).isTrue();
        assertThat(proxies.trusts("10.0.0.6")).isFalse();
        assertThat(proxies.trusts("fd12::1")).isTrue();
        assertThat(proxies.trusts("127.0.0.1")).isFalse();
        assertThat(TrustedProxies.parse("TRUSTED_PROXIES", "").trusts("::1")).isTrue();
        assertThat(TrustedProxies.parse("TRUSTED_PROXIES", " ").trusts("127.0.0.1")).isTrue();
        assertThat(TrustedProxies.parse("TRUSTED_PROXIES", "").trusts("192.168.1.1")).isFalse();
        for (String bad : new String[] {"proxy.example", "10.0.0.0/33", "300.1.1.1", "10.0.0.0/x"}) {
            assertThatThrownBy(() -> TrustedProxies.parse("TRUSTED_PROXIES", bad))
                    .isInstanceOf(InvalidSettingException.class).hasMessageContaining("TRUSTED_PROXIES");
        }
    }

    @Test
    void limitsAreACountPerPeriodOrOff() {
        assertThat(RateLimit.parse("RATE_LIMIT_POSTS", "posts", "100/1h", LimitSettings.POSTS))
                .isEqualTo(RateLimit.of("posts", 100, Duration.ofHours(1)));
        assertThat(RateLimit.parse("RATE_LIMIT_POSTS", "posts", " ", LimitSettings.POSTS)).isEqualTo(LimitSettings.POSTS);
        assertThat(RateLimit.parse("RATE_LIMIT_POSTS", "posts", "off", LimitSettings.POSTS).off()).isTrue();
        for (String bad : new String[] {"100", "0/5m", "10/soon", "-1/5m"}) {
            assertThatThrownBy(() -> RateLimit.parse("RATE_LIMIT_POSTS", "posts", bad, LimitSettings.POSTS))
                    .isInstanceOf(InvalidSettingException.class).hasMessageContaining("RATE_LIMIT_POSTS");
        }
    }
}
