package org.microblog.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.microblog.user.ApiTokenService;
import org.microblog.user.UserService;
import org.microblog.web.MemberPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of each member on this instance (servlet sessions, indexed by member
 * id so a rename changes nothing), so that a new password can end all of them, with every
 * remember-me login and the API token. Sessions enter on sign-in (form or remember-me) and
 * leave when they end.
 */
@Component
public class MemberSessions implements HttpSessionListener {

    private final Map<Long, Set<HttpSession>> byMember = new ConcurrentHashMap<>();
    private final Map<HttpSession, Long> members = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final UserService users;
    private final ApiTokenService tokens;
    private final ApplicationEventPublisher events;

    MemberSessions(JdbcTemplate jdbc, UserService users, ApiTokenService tokens, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.users = users;
        this.tokens = tokens;
        this.events = events;
    }

    /** Notes the request's session as the signed-in member's (idempotent). */
    void signedIn(HttpServletRequest request, @Nullable Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session == null || authentication == null || !(authentication.getPrincipal() instanceof MemberPrincipal member)) {
            return;
        }
        if (members.putIfAbsent(session, member.id()) == null) {
            byMember.computeIfAbsent(member.id(), id -> ConcurrentHashMap.newKeySet()).add(session);
        }
    }

    /** The member signed out of this request's session. */
    void signedOut(HttpServletRequest request, @Nullable Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            forget(session);
        }
        if (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal member) {
            events.publishEvent(new MemberSignedOut(member.id()));
        }
    }

    /**
     * Ends every session of the member but {@code keep} (the one changing the password, if any),
     * every remember-me login and the API token (in the caller's transaction, when there is one).
     */
    public void endAll(long memberId, @Nullable HttpSession keep) {
        jdbc.update("DELETE FROM persistent_logins WHERE username = ?", users.getById(memberId).getUsername());
        tokens.revoke(memberId);
        for (HttpSession session : List.copyOf(byMember.getOrDefault(memberId, Set.of()))) {
            if (session.equals(keep)) {
                continue;
            }
            forget(session);
            try {
                session.invalidate();
            } catch (IllegalStateException endedAlready) {
                // Gone by itself meanwhile.
            }
        }
        events.publishEvent(new MemberSignedOut(memberId));
    }

    /** How many sessions of this member are open (for tests and the shell). */
    public int openSessions(long memberId) {
        return byMember.getOrDefault(memberId, Set.of()).size();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        forget(event.getSession());
    }

    private void forget(HttpSession session) {
        Long member = members.remove(session);
        if (member != null) {
            byMember.computeIfPresent(member, (id, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }
}
