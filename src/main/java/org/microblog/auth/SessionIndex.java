package org.microblog.auth;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/** Where {@link MemberSessions} finds the sessions of a member. */
interface SessionIndex {

    /** The session is the member's (idempotent, called on each signed-in request: cheap when known). */
    void add(HttpSession session, long memberId);

    /** The session has ended or was signed out of. */
    void remove(HttpSession session);

    /** Ends every session of the member but {@code keep}. */
    void endAll(long memberId, @Nullable HttpSession keep);

    /** How many sessions of the member are open. */
    int count(long memberId);
}
