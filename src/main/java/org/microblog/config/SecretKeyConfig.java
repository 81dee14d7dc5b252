package org.microblog.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code SECRET_KEY} when it is set. Otherwise a random key generated on first start and
 * kept in a file beside the SQLite database (or in the working directory for a database
 * server), so that sessions and links survive a restart; never a key written in the code.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfig {

    static final String VARIABLE = "SECRET_KEY";
    private static final Logger log = LoggerFactory.getLogger(SecretKeyConfig.class);

    @Bean
    SecretKey secretKey(MicroblogProperties properties, DatabaseUrl databaseUrl) {
        SecretKey configured = properties.site().secretKey();
        if (configured != null) {
            return configured;
        }
        Path file = keyFile(databaseUrl);
        SecretKey key = readOrCreate(file);
        log.warn("SECRET_KEY is not set: using the generated key kept in {}. Set SECRET_KEY to the same value on every "
                + "instance when running more than one.", file);
        return key;
    }

    static Path keyFile(DatabaseUrl databaseUrl) {
        if (databaseUrl.kind() == DatabaseUrl.Kind.SQLITE) {
            Path db = databaseUrl.sqliteFile().toAbsolutePath();
            return db.resolveSibling(db.getFileName() + ".secret-key");
        }
        return Path.of("microblog.secret-key").toAbsolutePath();
    }

    static SecretKey readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                try {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                    Files.writeString(file, HexFormat.of().formatHex(random), StandardCharsets.US_ASCII,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    restrictToOwner(file);
                } catch (FileAlreadyExistsException raced) {
                    // another instance created it first: use theirs
                }
            }
            String value = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (value.length() < 16) {
                throw new InvalidSettingException(VARIABLE, "is not set and the key file " + file + " is damaged; "
                        + "delete it or set SECRET_KEY");
            }
            return new SecretKey(value);
        } catch (IOException e) {
            throw new InvalidSettingException(VARIABLE, "is not set and the key file " + file + " cannot be used ("
                    + e.getMessage() + "); set SECRET_KEY");
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the directory's ACL
        }
    }
}
