package org.microblog.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.testsupport.WebTests;
import org.springframework.http.MediaType;

class AvatarRoutesTests extends WebTests {

    static final String HASH = "d4c74594d841139328695756648b6bd6";

    @Test
    void servesTheIdenticonToAnyoneCachedForGood() throws Exception {
        byte[] png = mvc.perform(get("/avatar/" + HASH).param("s", "64"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andExpect(header().string("Cache-Control", "public, max-age=31536000, immutable"))
                .andExpect(header().string("ETag", "\"" + HASH + "-64\""))
                .andReturn().getResponse().getContentAsByteArray();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(png).isEqualTo(Identicon.png(HASH, 64));
    }

    @Test
    void drawsEightyPixelsByDefault() throws Exception {
        byte[] png = mvc.perform(get("/avatar/" + HASH.toUpperCase())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(80);
    }

    @Test
    void answersNotModifiedToABrowserThatHasIt() throws Exception {
        mvc.perform(get("/avatar/" + HASH).param("s", "36").header("If-None-Match", "\"" + HASH + "-36\""))
                .andExpect(status().isNotModified());
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "513", "-1", "abc", "", "1e3", "99999999999" })
    void refusesSizesOutsideOneTo512(String size) throws Exception {
        mvc.perform(get("/avatar/" + HASH).param("s", size)).andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = { "xyz", "d4c74594d841139328695756648b6bd", "d4c74594d841139328695756648b6bd6a",
            "g4c74594d841139328695756648b6bd6" })
    void refusesWhatIsNotAnMd5Hash(String hash) throws Exception {
        mvc.perform(get("/avatar/" + hash)).andExpect(status().isBadRequest());
    }
}
