package org.microblog.user;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * New passwords are hashed with bcrypt and stored as {@code {bcrypt}…}. Hashes without a
 * {@code {id}} prefix come from the original (Werkzeug's {@code pbkdf2:} and {@code scrypt:}):
 * they are verified as such and reported as needing an upgrade, so the next successful sign-in
 * re-hashes them with bcrypt.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        var encoder = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder()));
        encoder.setDefaultPasswordEncoderForMatches(new WerkzeugPasswordEncoder());
        return encoder;
    }
}
