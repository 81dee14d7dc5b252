package org.microblog.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * What an error page shows: its status, the key of its heading and one short explanation, looked
 * up in the viewer's language when the page renders; a server error's also shows the request's
 * id ({@link RequestIds}), which its log line has too.
 */
public record ErrorPage(int status, String titleKey, MessageSourceResolvable explanation, @Nullable String requestId) {
}
