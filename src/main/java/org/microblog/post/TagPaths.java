package org.microblog.post;

import org.springframework.web.util.UriUtils;

/** Where a tag's page lives: {@code /tag/<tag>}, the tag lower case and escaped for a path. */
public final class TagPaths {

    private TagPaths() {
    }

    public static String of(String tag) {
        return "/tag/" + UriUtils.encodePathSegment(tag, java.nio.charset.StandardCharsets.UTF_8);
    }
}
