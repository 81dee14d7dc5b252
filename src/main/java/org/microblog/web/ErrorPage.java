package org.microblog.web;

import org.springframework.context.MessageSourceResolvable;

/**
 * What an error page shows: its status, the key of its heading and one short explanation, looked
 * up in the viewer's language when the page renders.
 */
public record ErrorPage(int status, String titleKey, MessageSourceResolvable explanation) {
}
