package org.microblog.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.microblog.config.SiteSettings;

class AvatarsTests {

    @Test
    void gravatarUrlIsTheOriginalsForTheLowerCasedEmail() {
        // the original's tests.py: test_avatar
        assertThat(Avatars.url(SiteSettings.Avatars.GRAVATAR, "John@Example.com", 128))
                .isEqualTo("https://www.gravatar.com/avatar/d4c74594d841139328695756648b6bd6?d=identicon&s=128");
    }

    @Test
    void localAvatarsAreServedByTheSiteUnderTheSameHash() {
        assertThat(Avatars.url(SiteSettings.Avatars.LOCAL, "john@example.com", 36))
                .isEqualTo("/avatar/d4c74594d841139328695756648b6bd6?s=36");
    }

    @Test
    void rejectsSizesOutsideOneTo512() {
        assertThatThrownBy(() -> Avatars.url(SiteSettings.Avatars.LOCAL, "john@example.com", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Avatars.url(SiteSettings.Avatars.LOCAL, "john@example.com", 513))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
