package org.microblog.web;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in on this request, from Spring Security's context. */
@Component
public class CurrentMembers {

    /** The signed-in member, or empty for a visitor. */
    public Optional<CurrentMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return authentication.getPrincipal() instanceof MemberPrincipal principal
                ? Optional.of(new CurrentMember(principal.id(), principal.getUsername()))
                : Optional.empty();
    }

    /** The signed-in member; for handlers that only members reach. */
    public CurrentMember require() {
        return current().orElseThrow(() -> new IllegalStateException("no member is signed in"));
    }
}
