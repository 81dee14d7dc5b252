package org.microblog.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.microblog.core.ShortText;
import org.microblog.user.EmailAddress;
import org.microblog.user.Username;

/**
 * The bodies of {@code POST /api/users} and {@code PUT /api/users/<id>}, read and checked with
 * the rules the forms and {@code UserService} use ({@link Username}, {@link EmailAddress},
 * {@link ShortText}); a broken rule is a 400 naming the field.
 */
final class UserRequests {

    private UserRequests() {
    }

    @Schema(name = "CreateUser", requiredProperties = {"username", "email", "password"})
    record Create(
            @Schema(description = "1 to " + Username.MAX + " letters, digits, _, - or ., not only dots") String username,
            @Schema(description = "at most " + EmailAddress.MAX + " characters") String email,
            String password) {

        static Create from(JsonFields json) {
            String username = json.text("username");
            String email = json.text("email");
            String password = json.text("password");
            if (username == null || email == null || password == null) {
                throw ApiException.badRequest("must include username, email and password fields");
            }
            String name = Username.Rule.check("username", username);
            String address = EmailAddress.Rule.check("email", email);
            if (password.isEmpty()) {
                throw ApiException.badRequest("password must not be empty");
            }
            return new Create(name, address, password);
        }
    }

    /**
     * A change of one's own record. The username is checked by the service alone, which knows
     * the name it replaces: sending back a name stored before today's rule is no change.
     */
    @Schema(name = "UpdateUser", description = "Only the fields present change; about_me null or empty clears it.")
    record Update(@Nullable String username, @Nullable String email,
            @com.fasterxml.jackson.annotation.JsonProperty("about_me")
            @Schema(description = "at most " + ShortText.MAX + " characters") @Nullable String aboutMe) {

        static Update from(JsonFields json) {
            String username = json.text("username");
            String email = json.text("email");
            String aboutMe = json.has("about_me") ? ShortText.Rule.checkOptional("about_me", json.text("about_me")) : null;
            return new Update(username, email == null ? null : EmailAddress.Rule.check("email", email), aboutMe);
        }
    }
}
