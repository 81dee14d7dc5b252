package org.microblog.user;

import org.jspecify.annotations.Nullable;
import org.microblog.core.ShortText;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The original's profile form: {@code username} and {@code about_me} (may be empty). The
 * username carries no {@link Username} constraint: only a new name must follow that rule, and
 * only {@link UserService#updateProfile} knows the name it replaces (a name stored before the
 * rule may be kept), so its refusal comes back from the service onto the field.
 */
record EditProfileForm(@Nullable String username,
        @BindParam("about_me") @ShortText(optional = true) @Nullable String aboutMe) {
}
