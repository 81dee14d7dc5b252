package org.microblog.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The profile and follow texts exist in every language, none left empty. */
class UserTextsTests {

    @Test
    void spanishHasExactlyTheEnglishKeys() throws IOException {
        Properties english = load("texts/user.properties");
        Properties spanish = load("texts/user_es.properties");

        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        spanish.forEach((key, text) -> assertThat((String) text).as(key.toString()).isNotBlank());
    }

    @Test
    void keepsTheOriginalsEnglishTexts() throws IOException {
        Properties english = load("texts/user.properties");

        assertThat(english).containsEntry("profile.counts", "{0,choice,0#0 followers|1#1 follower|1<{0} followers}, {1} following")
                .containsEntry("profile.lastSeen", "Last seen on")
                .containsEntry("editProfile.saved", "Your changes have been saved.")
                .containsEntry("follow.following", "You are following {0}!")
                .containsEntry("follow.notFollowing", "You are not following {0}.")
                .containsEntry("follow.self", "You cannot follow yourself!")
                .containsEntry("follow.selfUnfollow", "You cannot unfollow yourself!")
                .containsEntry("notFound.user", "User {0} not found.")
                .containsEntry("user.username.taken", "Please use a different username.")
                .containsEntry("user.email.taken", "Please use a different email address.");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UserTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
