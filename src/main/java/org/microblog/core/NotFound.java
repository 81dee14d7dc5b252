package org.microblog.core;

/**
 * A request named something that does not exist: a member, a post, a message. The doorways
 * answer 404; {@link #textKey()} says it in the viewer's language ({@code notFound.user} with
 * the name or id as its argument).
 */
public class NotFound extends RuntimeException {

    private final String what;
    private final String name;

    protected NotFound(String what, Object name) {
        super(what + " " + name + " not found", null, false, false);
        this.what = what;
        this.name = String.valueOf(name);
    }

    public static NotFound of(String what, Object name) {
        return new NotFound(what, name);
    }

    /** The kind of thing that was not found: {@code user}, {@code post}, … */
    public String what() {
        return what;
    }

    /** How the request named it: a username, an id. */
    public String name() {
        return name;
    }

    /** The interface text that says what was not found, taking {@link #name()} as argument. */
    public String textKey() {
        return "notFound." + what;
    }
}
