package org.microblog.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.jspecify.annotations.Nullable;
import org.microblog.user.ApiTokenService;
import org.microblog.user.UserService;
import org.microblog.web.MemberPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of each member (indexed by member id so a rename changes nothing), so
 * that a new password can end all of them, with every remember-me login and the API token.
 * Sessions enter on sign-in (form or remember-me) and leave when they end. The index is a
 * {@link SessionIndex}: this instance's servlet sessions ({@link LocalSessionIndex}), or, with
 * {@code REDIS_URL}, Spring Session's on Redis ({@link RedisSessionIndex}), which every instance shares.
 */
@Component
public class MemberSessions implements HttpSessionListener {

    private final SessionIndex index;
    private final JdbcTemplate jdbc;
    private final UserService users;
    private final ApiTokenService tokens;
    private final ApplicationEventPublisher events;

    MemberSessions(SessionIndex index, JdbcTemplate jdbc, UserService users, ApiTokenService tokens,
            ApplicationEventPublisher events) {
        this.index = index;
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
        index.add(session, member.id());
    }

    /** The member signed out of this request's session. */
    void signedOut(HttpServletRequest request, @Nullable Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            index.remove(session);
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
        index.endAll(memberId, keep);
        events.publishEvent(new MemberSignedOut(memberId));
    }

    /** How many sessions of this member are open (for tests and the shell). */
    public int openSessions(long memberId) {
        return index.count(memberId);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        index.remove(event.getSession());
    }
}
