package org.microblog.web;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The member as Spring Security holds them in the session: id, name and password hash. */
public record MemberPrincipal(long id, String username, String passwordHash) implements UserDetails {

    private static final List<GrantedAuthority> MEMBER = List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return MEMBER;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "MemberPrincipal[" + id + ", " + username + "]";
    }
}
