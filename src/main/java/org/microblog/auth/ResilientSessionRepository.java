package org.microblog.auth;

import org.jspecify.annotations.Nullable;
import org.microblog.config.RedisOutage;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.data.redis.RedisIndexedSessionRepository;

/**
 * Spring Session's Redis repository, as the session filter sees it, for pages that keep serving
 * while Redis is away: a session that cannot be read is none (the visitor is signed out, or
 * signed in again by their remember-me cookie, which the database holds), and one that cannot be
 * written is lost, each logged once per outage by {@link RedisOutage} rather than failing the page.
 */
class ResilientSessionRepository implements SessionRepository<Session> {

    private final RedisIndexedSessionRepository sessions;
    private final RedisOutage outage;

    ResilientSessionRepository(RedisIndexedSessionRepository sessions, RedisOutage outage) {
        this.sessions = sessions;
        this.outage = outage;
    }

    @Override
    public Session createSession() {
        return sessions.createSession();
    }

    @Override
    public void save(Session session) {
        try {
            sessions.save((RedisIndexedSessionRepository.RedisSession) session);
        } catch (RuntimeException failure) {
            if (!RedisOutage.causedBy(failure)) {
                throw failure;
            }
            outage.failed(failure);
        }
    }

    @Override
    public @Nullable Session findById(String id) {
        try {
            Session found = sessions.findById(id);
            outage.recovered();
            return found;
        } catch (RuntimeException failure) {
            if (!RedisOutage.causedBy(failure)) {
                throw failure;
            }
            outage.failed(failure);
            return null;
        }
    }

    @Override
    public void deleteById(String id) {
        try {
            sessions.deleteById(id);
        } catch (RuntimeException failure) {
            if (!RedisOutage.causedBy(failure)) {
                throw failure;
            }
            outage.failed(failure);
        }
    }
}
