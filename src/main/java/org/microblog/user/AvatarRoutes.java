package org.microblog.user;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET /avatar/<md5 hex>?s=<size>}: the identicon that local avatar URLs point at. Public
 * and cached for good (the picture is a function of the URL). A functional endpoint rather
 * than a {@code @Controller}, so that none of the page machinery (layout, session, CSRF token,
 * last seen) runs for each image.
 */
@Configuration(proxyBeanMethods = false)
class AvatarRoutes {

    static final int DEFAULT_SIZE = 80;
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern SIZE = Pattern.compile("[0-9]{1,4}");

    @Bean
    RouterFunction<ServerResponse> avatarRoute() {
        return RouterFunctions.route().GET("/avatar/{hash}", AvatarRoutes::avatar).build();
    }

    static ServerResponse avatar(ServerRequest request) {
        String hash = request.pathVariable("hash");
        String s = request.param("s").orElse(String.valueOf(DEFAULT_SIZE));
        if (!MD5_HEX.matcher(hash).matches() || !SIZE.matcher(s).matches()) {
            return ServerResponse.badRequest().build();
        }
        int size = Integer.parseInt(s);
        if (size < 1 || size > Identicon.MAX_SIZE) {
            return ServerResponse.badRequest().build();
        }
        String etag = "\"" + hash.toLowerCase(Locale.ROOT) + "-" + size + "\"";
        return request.checkNotModified(etag).orElseGet(() -> ServerResponse.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
                .eTag(etag)
                .body(Identicon.png(hash, size)));
    }
}
