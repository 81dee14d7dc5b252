package org.microblog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.microblog.auth.LoginThrottle;
import org.microblog.limits.RateLimits;
import org.microblog.user.ApiTokenService;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.CurrentMembers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Tokens: issued for a username and password (HTTP Basic), revoked with the token itself. */
@RestController
@Tag(name = "Tokens", description = "Compatible with the original Microblog API")
class TokenApiController {

    private final UserService users;
    private final ApiTokenService tokens;
    private final LoginThrottle throttle;
    private final CurrentMembers currentMembers;
    private final RateLimits limits;

    TokenApiController(UserService users, ApiTokenService tokens, LoginThrottle throttle,
            CurrentMembers currentMembers, RateLimits limits) {
        this.limits = limits;
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
        this.currentMembers = currentMembers;
    }

    @Operation(summary = "Get a token with your username and password (HTTP Basic)",
            security = @SecurityRequirement(name = ApiDocsConfig.BASIC))
    @ApiResponse(responseCode = "200", description = "A new token (any previous one stops working)")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts, or too many tokens; see Retry-After")
    @PublicEndpoint
    @PostMapping("/api/tokens")
    TokenResponse issue(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            HttpServletRequest request) {
        String[] credentials = basic(authorization);
        // Counted before the password is checked, so parallel guesses cannot pass the count together.
        LoginThrottle.Result attempt = throttle.attempt(credentials[0], request.getRemoteAddr());
        attempt.refusedFor().ifPresent(wait -> {
            throw ApiException.tooManyRequests(wait);
        });
        User user = users.authenticate(credentials[0], credentials[1]).orElse(null);
        if (user == null) {
            throw ApiException.credentialsRequired();
        }
        java.util.Objects.requireNonNull(attempt.attempt()).succeeded();
        limits.take(limits.settings().tokens(), "member:" + user.getId()).ifPresent(wait -> {
            throw ApiException.tooManyRequests(wait);
        });
        return new TokenResponse(tokens.issue(user.getId()));
    }

    @Operation(summary = "Revoke your token")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @DeleteMapping("/api/tokens")
    ResponseEntity<Void> revoke() {
        tokens.revoke(currentMembers.require().id());
        return ResponseEntity.noContent().build();
    }

    /** Username and password from {@code Authorization: Basic …}, or 401 asking for them. */
    private static String[] basic(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw ApiException.credentialsRequired();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw ApiException.credentialsRequired();
            }
            return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            throw ApiException.credentialsRequired();
        }
    }
}
