package org.microblog.auth;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** The servlet sessions of this instance, for one instance without Redis. */
class LocalSessionIndex implements SessionIndex {

    private final Map<Long, Set<HttpSession>> byMember = new ConcurrentHashMap<>();
    private final Map<HttpSession, Long> members = new ConcurrentHashMap<>();

    @Override
    public void add(HttpSession session, long memberId) {
        if (members.putIfAbsent(session, memberId) == null) {
            byMember.computeIfAbsent(memberId, id -> ConcurrentHashMap.newKeySet()).add(session);
        }
    }

    @Override
    public void remove(HttpSession session) {
        Long member = members.remove(session);
        if (member != null) {
            byMember.computeIfPresent(member, (id, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    @Override
    public void endAll(long memberId, @Nullable HttpSession keep) {
        for (HttpSession session : List.copyOf(byMember.getOrDefault(memberId, Set.of()))) {
            if (session.equals(keep)) {
                continue;
            }
            remove(session);
            try {
                session.invalidate();
            } catch (IllegalStateException endedAlready) {
                // Gone by itself meanwhile.
            }
        }
    }

    @Override
    public int count(long memberId) {
        return byMember.getOrDefault(memberId, Set.of()).size();
    }
}
