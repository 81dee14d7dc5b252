package org.microblog.user;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * Renders identicons: our local stand-in for Gravatar's {@code d=identicon}, so that
 * avatars work without reaching Gravatar. The picture is a function of the MD5 hash
 * alone, so a member keeps the same avatar everywhere.
 *
 * <p>The hash's first 15 nibbles switch on the cells of the left three columns of a
 * 5 x 5 grid (an even nibble is a filled cell), mirrored onto the right two columns; its
 * last three bytes pick the foreground colour's hue, saturation and lightness within a
 * pleasant range. The grid sits on a light grey background with a margin of about a
 * twelfth of the size on each side.
 *
 * <p>Only {@link BufferedImage} rasters and {@link ImageIO} are used, never a
 * {@code Graphics2D}, fonts or the AWT toolkit, so it needs no display. Nothing global is
 * set here: {@code java.awt.headless} already defaults to true on a machine without a
 * display, and Spring Boot sets it to true at start-up unless told otherwise.
 */
public final class Identicon {

    /** Largest side, in pixels, that {@link #png} renders. */
    public static final int MAX_SIZE = 512;

    private static final int GRID = 5;
    private static final Color BACKGROUND = new Color(0xF0, 0xF0, 0xF0);
    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-fA-F]{32}");

    private Identicon() {
    }

    /**
     * Renders the identicon of an MD5 hash as a PNG.
     *
     * @param md5Hex the 32 hex digits of an MD5 hash (as in a Gravatar URL); the case
     * of the letters does not matter
     * @param size the width and height of the image in pixels, 1 to {@value #MAX_SIZE}
     * @return the PNG file's bytes, the same for the same arguments
     * @throws IllegalArgumentException if {@code md5Hex} is not 32 hex digits or
     * {@code size} is out of range
     */
    public static byte[] png(String md5Hex, int size) {
        if (md5Hex == null || !MD5_HEX.matcher(md5Hex).matches()) {
            throw new IllegalArgumentException("Not an MD5 hash in hex: " + md5Hex);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("Identicon size must be 1 to " + MAX_SIZE + ", not " + size);
        }
        byte[] hash = HexFormat.of().parseHex(md5Hex.toLowerCase(Locale.ROOT));
        return encode(render(hash, size));
    }

    /** A two-colour image: palette entry 0 is the background, 1 the foreground. */
    private static BufferedImage render(byte[] hash, int size) {
        Color foreground = foreground(hash);
        IndexColorModel palette = new IndexColorModel(1, 2,
                new byte[] { (byte) BACKGROUND.getRed(), (byte) foreground.getRed() },
                new byte[] { (byte) BACKGROUND.getGreen(), (byte) foreground.getGreen() },
                new byte[] { (byte) BACKGROUND.getBlue(), (byte) foreground.getBlue() });
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY, palette);
        WritableRaster raster = image.getRaster();
        int margin = Math.round(size / 12f);
        int inner = size - 2 * margin;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                // Work on the left half only, so the picture is symmetric to the pixel.
                int left = Math.min(x, size - 1 - x);
                boolean inGrid = left >= margin && y >= margin && y < margin + inner;
                if (inGrid && filled(hash, (y - margin) * GRID / inner, (left - margin) * GRID / inner)) {
                    raster.setSample(x, y, 0, 1);
                }
            }
        }
        return image;
    }

    /** Whether the cell at {@code row} and {@code column} (0 to 2, the left half) is filled. */
    private static boolean filled(byte[] hash, int row, int column) {
        int nibbleIndex = column * GRID + row;
        int nibble = (hash[nibbleIndex / 2] >> (nibbleIndex % 2 == 0 ? 4 : 0)) & 0xF;
        return nibble % 2 == 0;
    }

    /** Any hue, saturation 45 to 70 %, lightness 40 to 55 %: clear against light grey. */
    private static Color foreground(byte[] hash) {
        float hue = (((hash[13] & 0xFF) << 8) | (hash[14] & 0xFF)) % 360 / 360f;
        float saturation = 0.45f + (hash[15] & 0x0F) / 15f * 0.25f;
        float lightness = 0.40f + ((hash[15] >> 4) & 0x0F) / 15f * 0.15f;
        return hsl(hue, saturation, lightness);
    }

    /** HSL to RGB, all components in 0 to 1. */
    private static Color hsl(float hue, float saturation, float lightness) {
        float chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
        float h = hue * 6;
        float x = chroma * (1 - Math.abs(h % 2 - 1));
        float[] rgb = switch ((int) h) {
            case 0 -> new float[] { chroma, x, 0 };
            case 1 -> new float[] { x, chroma, 0 };
            case 2 -> new float[] { 0, chroma, x };
            case 3 -> new float[] { 0, x, chroma };
            case 4 -> new float[] { x, 0, chroma };
            default -> new float[] { chroma, 0, x };
        };
        float m = lightness - chroma / 2;
        return new Color(rgb[0] + m, rgb[1] + m, rgb[2] + m);
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer in this JVM");
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex); // cannot happen with a ByteArrayOutputStream
        }
        return out.toByteArray();
    }
}
