package org.microblog.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The bodies of {@code POST /api/users} and {@code PUT /api/users/<id>}, read and checked. */
final class UserRequests {

    static final int MAX_USERNAME = 64;
    static final int MAX_EMAIL = 120;
    static final int MAX_ABOUT_ME = 140;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private UserRequests() {
    }

    @Schema(name = "CreateUser", requiredProperties = {"username", "email", "password"})
    record Create(String username, String email, String password) {

        static Create from(JsonFields json) {
            String username = json.text("username");
            String email = json.text("email");
            String password = json.text("password");
            if (username == null || email == null || password == null) {
                throw ApiException.badRequest("must include username, email and password fields");
            }
            checkUsername(username);
            checkEmail(email);
            if (password.isEmpty()) {
                throw ApiException.badRequest("password must not be empty");
            }
            return new Create(username.strip(), email.strip(), password);
        }
    }

    @Schema(name = "UpdateUser", description = "Only the fields present change; about_me null or empty clears it.")
    record Update(@Nullable String username, @Nullable String email,
            @com.fasterxml.jackson.annotation.JsonProperty("about_me") @Nullable String aboutMe) {

        static Update from(JsonFields json) {
            String username = json.text("username");
            String email = json.text("email");
            String aboutMe = json.has("about_me") ? orEmpty(json.text("about_me")) : null;
            if (username != null) {
                checkUsername(username);
            }
            if (email != null) {
                checkEmail(email);
            }
            if (aboutMe != null && aboutMe.codePointCount(0, aboutMe.length()) > MAX_ABOUT_ME) {
                throw ApiException.badRequest("about_me must have at most " + MAX_ABOUT_ME + " characters");
            }
            return new Update(username == null ? null : username.strip(), email == null ? null : email.strip(), aboutMe);
        }
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static void checkUsername(String username) {
        String name = username.strip();
        if (name.isEmpty() || name.length() > MAX_USERNAME) {
            throw ApiException.badRequest("username must have 1 to " + MAX_USERNAME + " characters");
        }
    }

    private static void checkEmail(String email) {
        String address = email.strip();
        if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
            throw ApiException.badRequest("email must be a valid email address of at most " + MAX_EMAIL + " characters");
        }
    }
}
