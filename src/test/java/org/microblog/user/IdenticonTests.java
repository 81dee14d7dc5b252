package org.microblog.user;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdenticonTests {

    /** md5("john@example.com") and md5("susan@example.com"), as Gravatar would be asked. */
    private static final String JOHN = "d4c74594d841139328695756648b6bd6";
    private static final String SUSAN = "f3fc30174d7fd74ab6ca3c36d198fcb9";

    @Test
    void sameHashGivesIdenticalBytes() {
        assertThat(Identicon.png(JOHN, 128)).isEqualTo(Identicon.png(JOHN, 128));
    }

    @Test
    void letterCaseOfTheHashDoesNotMatter() {
        assertThat(Identicon.png(JOHN.toUpperCase(), 64)).isEqualTo(Identicon.png(JOHN, 64));
    }

    @Test
    void differentHashesGiveDifferentImages() throws IOException {
        assertThat(pixels(decode(Identicon.png(JOHN, 64))))
                .isNotEqualTo(pixels(decode(Identicon.png(SUSAN, 64))));
    }

    @Test
    void manyHashesGiveManyDistinctImages() throws IOException, NoSuchAlgorithmException {
        Set<List<Integer>> images = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(("member" + i + "@example.com").getBytes(UTF_8));
            images.add(Arrays.stream(pixels(decode(Identicon.png(HexFormat.of().formatHex(md5), 20)))).boxed().toList());
        }
        assertThat(images).hasSize(50);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 5, 13, 36, 80, 128, 511, 512 })
    void decodesToTheRequestedSize(int size) throws IOException {
        BufferedImage image = decode(Identicon.png(JOHN, size));
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(ints = { 7, 36, 80, 101, 128 })
    void isLeftRightSymmetric(int size) throws IOException {
        for (String hash : new String[] { JOHN, SUSAN }) {
            BufferedImage image = decode(Identicon.png(hash, size));
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size / 2; x++) {
                    assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y)
                            .isEqualTo(image.getRGB(size - 1 - x, y));
                }
            }
        }
    }

    @Test
    void hasALightBackgroundMarginAndTwoColours() throws IOException {
        BufferedImage image = decode(Identicon.png(JOHN, 120));
        int background = image.getRGB(0, 0) & 0xFFFFFF;
        assertThat(background).isEqualTo(0xF0F0F0);
        for (int i = 0; i < 120; i++) { // the margin, 10 pixels here, is all background
            assertThat(image.getRGB(i, 9) & 0xFFFFFF).isEqualTo(background);
            assertThat(image.getRGB(9, i) & 0xFFFFFF).isEqualTo(background);
        }
        Set<Integer> colours = new HashSet<>();
        for (int rgb : pixels(image)) {
            colours.add(rgb & 0xFFFFFF);
        }
        assertThat(colours).hasSize(2).contains(background);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -1, 513, Integer.MAX_VALUE })
    void rejectsSizesOutsideOneTo512(int size) {
        assertThatIllegalArgumentException().isThrownBy(() -> Identicon.png(JOHN, size));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "d4c7", "d4c74594d841139328695756648b6bd6aa", "z4c74594d841139328695756648b6bd6",
            "john@example.com" })
    void rejectsAnythingButAnMd5Hash(String hash) {
        assertThatIllegalArgumentException().isThrownBy(() -> Identicon.png(hash, 80));
        assertThatIllegalArgumentException().isThrownBy(() -> Identicon.png(null, 80));
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decodable PNG").isNotNull();
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
