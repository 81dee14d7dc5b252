package org.microblog.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.microblog.web.MemberPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps a member signed in under their new name after a rename: the session's principal is
 * replaced by one carrying the new username (the page header links to it, and signing out
 * removes the remember-me tokens by it). The tokens themselves follow through {@link UserRenamed}.
 */
@Component
class SignedInRename {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    void renamed(String username, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = holder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof MemberPrincipal principal)
                || principal.username().equals(username)) {
            return;
        }
        // toBuilder keeps the kind of sign-in (password or remember-me), its details and authorities.
        Authentication renamed = current.toBuilder()
                .principal(new MemberPrincipal(principal.id(), username, principal.passwordHash())).build();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(renamed);
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
