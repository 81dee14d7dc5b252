package org.microblog.auth;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.microblog.config.RedisOutage;
import org.springframework.http.HttpStatus;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.data.redis.RedisIndexedSessionRepository;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sessions of every instance, in Spring Session's index on Redis: each signed-in session
 * carries the member's id as its principal-name index ({@code PRINCIPAL_NAME_INDEX_NAME}), so a
 * rename changes nothing and a new password on one instance ends the sessions made on others.
 * Needs Redis: ending sessions while it is away fails (the password change is refused with 503
 * and rolled back), since the sessions would come back with Redis.
 */
class RedisSessionIndex implements SessionIndex {

    private static final String INDEX = FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME;

    private final RedisIndexedSessionRepository sessions;
    private final RedisOutage outage;

    RedisSessionIndex(RedisIndexedSessionRepository sessions, RedisOutage outage) {
        this.sessions = sessions;
        this.outage = outage;
    }

    @Override
    public void add(HttpSession session, long memberId) {
        String id = Long.toString(memberId);
        if (!id.equals(session.getAttribute(INDEX))) {
            session.setAttribute(INDEX, id);
        }
    }

    @Override
    public void remove(HttpSession session) {
        // Spring Session drops an invalidated session from the index itself.
    }

    @Override
    public void endAll(long memberId, @Nullable HttpSession keep) {
        String kept = keep == null ? null : keep.getId();
        try {
            for (String id : sessions.findByIndexNameAndIndexValue(INDEX, Long.toString(memberId)).keySet()) {
                if (!id.equals(kept)) {
                    sessions.deleteById(id);
                }
            }
        } catch (RuntimeException failure) {
            if (!RedisOutage.causedBy(failure)) {
                throw failure;
            }
            outage.failed(failure);
            // A 503 that is not the database's outage; the caller's transaction rolls back.
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the sessions cannot be ended while Redis is away");
        }
    }

    @Override
    public int count(long memberId) {
        return sessions.findByIndexNameAndIndexValue(INDEX, Long.toString(memberId)).size();
    }
}
