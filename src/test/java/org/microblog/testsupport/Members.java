package org.microblog.testsupport;

import org.microblog.user.User;
import org.microblog.user.UserService;

/** Named members for tests, registered on demand with the password {@code cat}. */
public final class Members {

    public static final String PASSWORD = "cat";

    private final UserService users;

    public Members(TestApplication app) {
        this(app.bean(UserService.class));
    }

    public Members(UserService users) {
        this.users = users;
    }

    public User john() {
        return register("john");
    }

    public User susan() {
        return register("susan");
    }

    public User mary() {
        return register("mary");
    }

    public User david() {
        return register("david");
    }

    public User register(String username) {
        return users.register(username, username + "@example.com", PASSWORD);
    }
}
