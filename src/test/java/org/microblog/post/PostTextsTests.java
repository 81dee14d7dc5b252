package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The post texts exist in every language, with the English ones the original's scripts look for. */
class PostTextsTests {

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        assertThat(load("post_es").stringPropertyNames()).isEqualTo(load("post").stringPropertyNames());
    }

    @Test
    void keepsTheOriginalsEnglishTexts() throws IOException {
        Properties english = load("post");
        assertThat(english.getProperty("post.published")).isEqualTo("Your post is now live!");
        assertThat(english.getProperty("post.newer")).isEqualTo("Newer posts");
        assertThat(english.getProperty("post.older")).isEqualTo("Older posts");
        assertThat(english.getProperty("post.said")).isEqualTo("{0} said {1}");
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = PostTextsTests.class.getResourceAsStream("/texts/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
