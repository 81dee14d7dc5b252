package org.microblog.web;

/** What an error page shows: its status, a heading and one short explanation, in the viewer's language. */
public record ErrorPage(int status, String title, String message) {
}
