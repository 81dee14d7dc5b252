package org.microblog.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A text shown once on the next page: its key and arguments, looked up in the viewer's language
 * when that page renders it. It travels in the session, so its arguments are strings and numbers.
 */
public record Flash(String key, List<Object> args) implements Serializable {

    public static Flash of(String key, Object... args) {
        return new Flash(key, Arrays.asList(args.clone()));
    }
}
