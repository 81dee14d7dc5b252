package org.microblog.task;

import org.microblog.web.Texts;

/** What the export email templates ({@code email/exportPosts*.jte}) render. */
public record ExportPostsEmail(String username, Texts texts) {
}
