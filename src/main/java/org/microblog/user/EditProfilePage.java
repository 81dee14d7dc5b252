package org.microblog.user;

import org.microblog.web.FormView;

/** What {@code user/editProfile.jte} renders: the form with the member's username and about-me. */
public record EditProfilePage(FormView form) {
}
