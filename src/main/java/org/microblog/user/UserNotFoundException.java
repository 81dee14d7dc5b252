package org.microblog.user;

/** No member has this id or username. */
public class UserNotFoundException extends RuntimeException {

    private UserNotFoundException(String message) {
        super(message);
    }

    public static UserNotFoundException forUsername(String username) {
        return new UserNotFoundException("User " + username + " not found.");
    }

    public static UserNotFoundException forId(long id) {
        return new UserNotFoundException("User " + id + " not found.");
    }
}
