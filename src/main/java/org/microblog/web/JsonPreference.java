package org.microblog.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Whether a request's {@code Accept} header prefers JSON to HTML: an API client or a page's
 * {@code fetch()} asking for {@code application/json}, not a browser (which asks for
 * {@code text/html} and lists {@code *}{@code /*} last). Ties go to the type named explicitly,
 * then to the one listed first; no header, or one that cannot be read, means HTML.
 */
final class JsonPreference {

    private JsonPreference() {
    }

    static boolean prefersJson(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
        return score(types, MediaType.APPLICATION_JSON) > score(types, MediaType.TEXT_HTML);
    }

    /** Quality, then how exactly the type was named, then how early: higher is better; 0 when not accepted. */
    private static double score(List<MediaType> accepted, MediaType wanted) {
        double best = 0;
        for (int i = 0; i < accepted.size(); i++) {
            MediaType type = accepted.get(i);
            boolean json = "json".equals(type.getSubtypeSuffix()) && wanted.getSubtype().equals("json");
            if (!type.includes(wanted) && !json) {
                continue;
            }
            int exactness = type.isWildcardType() ? 0 : type.isWildcardSubtype() ? 1 : 2;
            double score = type.getQualityValue() * 1_000_000 + exactness * 1_000 + (999 - Math.min(i, 999));
            best = Math.max(best, type.getQualityValue() == 0 ? 0 : score);
        }
        return best;
    }
}
