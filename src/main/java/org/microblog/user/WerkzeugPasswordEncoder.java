package org.microblog.user;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.SCrypt;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Verifies password hashes made by Werkzeug's {@code generate_password_hash}
 * (Werkzeug 2.x and 3.x, {@code werkzeug.security}), so members imported from the
 * original Flask Microblog can log in with their old passwords. It never makes new
 * hashes: {@link #upgradeEncoding} is always true, so the caller re-hashes with bcrypt
 * on the next successful login.
 *
 * <p>Accepted format is {@code method$salt$hexdigest}, where the salt is used as text
 * (its UTF-8 bytes, never decoded) and the digest is lowercase hex:
 * <ul>
 * <li>{@code pbkdf2:<hash>:<iterations>}: PBKDF2-HMAC of the UTF-8 password with
 * {@code hash} one of sha1, sha224, sha256, sha384, sha512, and a derived key as long
 * as the hash's digest. {@code pbkdf2:<hash>} and bare {@code pbkdf2} (sha256) without
 * an iteration count are read the way Werkzeug 3.1's {@code check_password_hash} reads
 * them, with its default of {@value #DEFAULT_PBKDF2_ITERATIONS} iterations. Werkzeug
 * has always written the count into the hashes it generates, so such hashes only come
 * from hand-written method strings.</li>
 * <li>{@code scrypt:<n>:<r>:<p>} (Werkzeug 3's default is {@code scrypt:32768:8:1}),
 * and bare {@code scrypt} meaning exactly that: scrypt of the UTF-8 password with a
 * 64-byte derived key.</li>
 * </ul>
 * The plain-digest methods (e.g. {@code sha256$salt$...}) that Werkzeug removed in 3.0
 * are not accepted.
 *
 * <p>{@link #matches} never throws: a null, malformed or unknown hash is simply not a
 * match, and so is one whose cost parameters exceed the limits below, so that a
 * crafted database row cannot tie up the server.
 */
public final class WerkzeugPasswordEncoder implements PasswordEncoder {

    /** Iterations Werkzeug 3.1 assumes for a {@code pbkdf2} hash without a count. */
    static final int DEFAULT_PBKDF2_ITERATIONS = 1_000_000;
    /** At most 10 times Werkzeug 3.1's default. */
    static final int MAX_PBKDF2_ITERATIONS = 10_000_000;
    static final int MAX_SCRYPT_N = 1 << 20;
    /** Bytes of scrypt working memory, 128 * r * (n + p); Werkzeug's default uses 32 MiB. */
    static final long MAX_SCRYPT_MEMORY = 256L << 20;
    /** n * r * p, at most 16 times Werkzeug's default of 32768 * 8 * 1. */
    static final long MAX_SCRYPT_WORK = 16L * 32768 * 8;

    private static final int SCRYPT_KEY_LENGTH = 64;
    /** Werkzeug's hash names mapped to JCA HMAC algorithms and their output lengths. */
    private static final Map<String, Hmac> HMACS = Map.of(
            "sha1", new Hmac("HmacSHA1", 20),
            "sha224", new Hmac("HmacSHA224", 28),
            "sha256", new Hmac("HmacSHA256", 32),
            "sha384", new Hmac("HmacSHA384", 48),
            "sha512", new Hmac("HmacSHA512", 64));
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern LOWER_HEX = Pattern.compile("[0-9a-f]+");

    /** Always throws: new passwords are hashed with bcrypt, never in Werkzeug's formats. */
    @Override
    public String encode(CharSequence rawPassword) {
        throw new UnsupportedOperationException(
                "WerkzeugPasswordEncoder only verifies hashes imported from the original Microblog;"
                        + " hash new passwords with bcrypt");
    }

    /**
     * Whether {@code rawPassword} matches the Werkzeug hash {@code encodedPassword};
     * false (never an exception) for anything malformed, unknown or too costly.
     */
    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null) {
            return false;
        }
        Hash hash = Hash.parse(encodedPassword);
        if (hash == null || !hash.kdf().withinLimits()) {
            return false;
        }
        byte[] password = utf8(rawPassword);
        byte[] salt = utf8(hash.salt());
        if (password == null || salt == null) {
            return false; // Python's strict UTF-8 cannot encode a lone surrogate either
        }
        try {
            byte[] digest = hash.kdf().derive(password, salt);
            byte[] hex = HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(hex, hash.hexDigest().getBytes(StandardCharsets.US_ASCII));
        }
        catch (GeneralSecurityException | RuntimeException ex) {
            return false;
        }
        finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    /** Always true: a Werkzeug hash is replaced by a bcrypt one after a successful login. */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return true;
    }

    /**
     * Whether {@code encoded} is shaped like a Werkzeug hash this encoder understands
     * (a known method with well-formed parameters and a hex digest of the right length).
     * It does not apply the cost limits, so {@link #matches} may still refuse it (which is what
     * the tests check it for: a hash refused for its cost, not its shape). {@code import-flask}
     * uses it to tell the operator which imported members cannot sign in with their old password.
     */
    public static boolean isWerkzeugHash(String encoded) {
        return Hash.parse(encoded) != null;
    }

    private static byte[] utf8(CharSequence text) {
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        }
        catch (CharacterCodingException ex) {
            return null;
        }
    }

    /** {@code method$salt$hexdigest}, split like Werkzeug's {@code pwhash.split("$", 2)}. */
    private record Hash(Kdf kdf, String salt, String hexDigest) {

        static Hash parse(String encoded) {
            if (encoded == null) {
                return null;
            }
            int first = encoded.indexOf('$');
            int second = first < 0 ? -1 : encoded.indexOf('$', first + 1);
            if (second < 0) {
                return null;
            }
            Kdf kdf = Kdf.parse(encoded.substring(0, first));
            String hexDigest = encoded.substring(second + 1);
            if (kdf == null || hexDigest.length() != 2 * kdf.keyLength()
                    || !LOWER_HEX.matcher(hexDigest).matches()) {
                return null;
            }
            return new Hash(kdf, encoded.substring(first + 1, second), hexDigest);
        }
    }

    private sealed interface Kdf permits Pbkdf2, Scrypt {

        int keyLength();

        boolean withinLimits();

        byte[] derive(byte[] password, byte[] salt) throws GeneralSecurityException;

        static Kdf parse(String method) {
            String[] parts = method.split(":", -1);
            String[] args = Arrays.copyOfRange(parts, 1, parts.length);
            return switch (parts[0]) {
                case "pbkdf2" -> switch (args.length) {
                    case 0 -> Pbkdf2.of("sha256", DEFAULT_PBKDF2_ITERATIONS);
                    case 1 -> Pbkdf2.of(args[0], DEFAULT_PBKDF2_ITERATIONS);
                    case 2 -> Pbkdf2.of(args[0], number(args[1]));
                    default -> null;
                };
                case "scrypt" -> switch (args.length) {
                    case 0 -> new Scrypt(32768, 8, 1);
                    case 3 -> Scrypt.of(number(args[0]), number(args[1]), number(args[2]));
                    default -> null;
                };
                default -> null;
            };
        }

        /** A decimal number of at most 9 digits, or -1, which no parameter accepts. */
        private static int number(String text) {
            return NUMBER.matcher(text).matches() ? Integer.parseInt(text) : -1;
        }
    }

    private record Hmac(String algorithm, int length) {
    }

    /** PBKDF2 (RFC 8018) with one output block, as Python's {@code hashlib.pbkdf2_hmac}. */
    private record Pbkdf2(Hmac hmac, int iterations) implements Kdf {

        static Pbkdf2 of(String hashName, int iterations) {
            Hmac hmac = HMACS.get(hashName);
            return hmac == null || iterations < 1 ? null : new Pbkdf2(hmac, iterations);
        }

        @Override
        public int keyLength() {
            return hmac.length();
        }

        @Override
        public boolean withinLimits() {
            return iterations <= MAX_PBKDF2_ITERATIONS;
        }

        @Override
        public byte[] derive(byte[] password, byte[] salt) throws GeneralSecurityException {
            Mac mac = Mac.getInstance(hmac.algorithm());
            // HMAC zero-pads its key to the block size, so an empty key is the same as the
            // key {0}; SecretKeySpec refuses an empty array.
            byte[] key = password.length == 0 ? new byte[1] : password;
            mac.init(new SecretKeySpec(key, hmac.algorithm()));
            mac.update(salt);
            byte[] u = mac.doFinal(new byte[] { 0, 0, 0, 1 }); // block index 1, big-endian
            byte[] result = u.clone();
            for (int i = 1; i < iterations; i++) {
                mac.update(u);
                mac.doFinal(u, 0);
                for (int j = 0; j < result.length; j++) {
                    result[j] ^= u[j];
                }
            }
            return result;
        }
    }

    /** scrypt (RFC 7914), as Python's {@code hashlib.scrypt} with its 64-byte default key. */
    private record Scrypt(int n, int r, int p) implements Kdf {

        static Scrypt of(int n, int r, int p) {
            boolean valid = n > 1 && Integer.bitCount(n) == 1 && r > 0 && p > 0;
            return valid ? new Scrypt(n, r, p) : null;
        }

        @Override
        public int keyLength() {
            return SCRYPT_KEY_LENGTH;
        }

        @Override
        public boolean withinLimits() {
            long work = (long) n * r; // n and r have at most 9 digits: no overflow
            return n <= MAX_SCRYPT_N
                    && work <= MAX_SCRYPT_WORK && work * p <= MAX_SCRYPT_WORK
                    && 128L * r * ((long) n + p) <= MAX_SCRYPT_MEMORY;
        }

        @Override
        public byte[] derive(byte[] password, byte[] salt) {
            return SCrypt.generate(password, salt, n, r, p, SCRYPT_KEY_LENGTH);
        }
    }
}
