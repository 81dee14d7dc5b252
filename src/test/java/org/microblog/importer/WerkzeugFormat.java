package org.microblog.importer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * Password hashes in the format Werkzeug's {@code generate_password_hash} writes
 * ({@code method$salt$hexdigest}, the salt used as text), made here from the algorithms themselves,
 * so imported members have real hashes of known passwords. Costs are low to keep tests quick;
 * the format carries them, as Werkzeug's does.
 */
public final class WerkzeugFormat {

    private WerkzeugFormat() {
    }

    public static String pbkdf2Sha256(String password, String salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), iterations, 256);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return "pbkdf2:sha256:" + iterations + "$" + salt + "$" + HexFormat.of().formatHex(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String scrypt(String password, String salt, int n, int r, int p) {
        byte[] key = SCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.UTF_8), n, r, p, 64);
        return "scrypt:" + n + ":" + r + ":" + p + "$" + salt + "$" + HexFormat.of().formatHex(key);
    }
}
