package org.microblog.web;

import org.jspecify.annotations.Nullable;
import org.microblog.config.MicroblogProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's absolute address, for links that leave the page (password-reset emails, avatar
 * links in the API). With {@code SERVER_NAME} set (Flask's name: {@code host} or
 * {@code host:port}) it is that host, so a forged {@code Host} header cannot send a reset link
 * to someone else's site; without it, the host the request came to, as the original does.
 */
@Component
public class SiteUrls {

    private final @Nullable String serverName;

    SiteUrls(MicroblogProperties properties) {
        this.serverName = properties.site().serverName();
    }

    /** The base URL of the current request's site, without a trailing slash. */
    public String base() {
        var current = ServletUriComponentsBuilder.fromCurrentContextPath();
        if (serverName != null) {
            int colon = serverName.lastIndexOf(':');
            boolean hasPort = colon > serverName.lastIndexOf(']');
            current.host(hasPort ? serverName.substring(0, colon) : serverName)
                    .port(hasPort ? Integer.parseInt(serverName.substring(colon + 1)) : -1);
        }
        return current.build().toUriString();
    }

    /** {@code path} on this site, absolute; a URL that is absolute already stays as it is. */
    public String absolute(String path) {
        return path.startsWith("/") ? base() + path : path;
    }
}
