package org.microblog.auth;

import org.microblog.user.UserService;
import org.microblog.web.MemberPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a member for remember-me sign-in (passwords are checked by {@link MemberAuthenticationProvider}). */
@Component
class RememberMeMembers implements UserDetailsService {

    private final UserService users;

    RememberMeMembers(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(user -> new MemberPrincipal(user.getId(), user.getUsername(), ""))
                .orElseThrow(() -> new UsernameNotFoundException("no member " + username));
    }
}
