package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.util.Map;
import org.microblog.config.Settings;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class SiteUrlsTests {

    private static void requestTo(String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/auth/reset_password_request");
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static SiteUrls siteUrls(String serverName) {
        return new SiteUrls(Settings.of(Map.of("SERVER_NAME", serverName)));
    }

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void withoutServerNameLinksUseTheHostTheRequestCameTo() {
        requestTo("attacker.example", 80);

        assertThat(siteUrls("").absolute("/auth/reset_password/x")).isEqualTo("http://attacker.example/auth/reset_password/x");
    }

    @Test
    void serverNameWinsOverAForgedHostHeader() {
        requestTo("attacker.example", 80);

        assertThat(siteUrls("microblog.example.com").base()).isEqualTo("http://microblog.example.com");
        assertThat(siteUrls("microblog.example.com:8443").absolute("/avatar/ab?s=36"))
                .isEqualTo("http://microblog.example.com:8443/avatar/ab?s=36");
        assertThat(siteUrls("microblog.example.com").absolute("https://www.gravatar.com/avatar/ab"))
                .isEqualTo("https://www.gravatar.com/avatar/ab");
    }
}
