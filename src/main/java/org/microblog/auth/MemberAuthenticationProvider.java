package org.microblog.auth;

import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.MemberPrincipal;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/** Username-and-password sign-in through {@link UserService#authenticate}, which also upgrades old hashes. */
@Component
class MemberAuthenticationProvider implements AuthenticationProvider {

    private final UserService users;

    MemberAuthenticationProvider(UserService users) {
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        if (username == null || username.isBlank() || username.length() > 64 || password.length() > 256) {
            throw new BadCredentialsException("Invalid username or password");
        }
        User user;
        try {
            user = users.authenticate(username.strip(), password)
                    .orElseThrow(() -> new BadCredentialsException("Invalid username or password"));
        } catch (DataAccessException | TransactionException e) {
            // Handed to the failure handler, which answers 503 when the database is out of reach.
            throw new InternalAuthenticationServiceException("the member could not be read", e);
        }
        MemberPrincipal principal = new MemberPrincipal(user.getId(), user.getUsername(), "");
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
