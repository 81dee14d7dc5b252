package org.microblog.user;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No member has this id or username: a 404 for the pages that name one. */
@ResponseStatus(HttpStatus.NOT_FOUND)
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
