package org.microblog.web;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microblog.config.InvalidSettingException;
import org.springframework.beans.factory.annotation.Value;
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

    static final String VARIABLE = "SERVER_NAME";
    private static final Pattern HOST_AND_PORT = Pattern.compile("[A-Za-z0-9.-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:]+](:\\d{1,5})?");

    private final @Nullable String serverName;

    SiteUrls(@Value("${SERVER_NAME:}") String serverName) {
        String name = serverName.strip();
        if (!name.isEmpty() && !HOST_AND_PORT.matcher(name).matches()) {
            throw new InvalidSettingException(VARIABLE, "'" + serverName + "' is not a host name; use a name such as "
                    + "microblog.example.com or microblog.example.com:8443, without scheme or path");
        }
        this.serverName = name.isEmpty() ? null : name;
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
