package org.microblog.notice;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's notices: read grouped, newest first; marked read when the member has seen them. */
@Service
public class NoticeService {

    /** Groups per page of the notices page. */
    public static final int PER_PAGE = 20;

    private final NoticeRepository notices;
    private final NoticeCounter counter;
    private final UserService users;
    private final PostService posts;
    private final Clock clock;

    NoticeService(NoticeRepository notices, NoticeCounter counter, UserService users, PostService posts, Clock clock) {
        this.notices = notices;
        this.counter = counter;
        this.users = users;
        this.posts = posts;
        this.clock = clock;
    }

    /**
     * Page {@code page} (1-based, clamped) of {@code size} of the member's notice groups, newest
     * first, in a fixed number of queries: the groups, one row past them (is there another
     * page), their newest notices, those notices' actors, their posts.
     */
    @Transactional(readOnly = true)
    public PageOf<NoticeGroup> groups(long recipientId, int page, int size) {
        int number = PageOf.clamp(page);
        List<Object[]> rows = notices.findGroups(recipientId, PageRequest.of(number - 1, size));
        boolean more = rows.size() == size && !notices.findGroups(recipientId, PageRequest.of(number * size, 1)).isEmpty();
        if (rows.isEmpty()) {
            return new PageOf<>(List.of(), number, false);
        }
        Map<Long, Notice> newest = new HashMap<>();
        notices.findAllByIds(rows.stream().map(row -> ((Number) row[1]).longValue()).toList())
                .forEach(notice -> newest.put(notice.getId(), notice));
        Map<Long, User> actors = new HashMap<>();
        users.findAll(newest.values().stream().map(Notice::getActorId).distinct().toList())
                .forEach(user -> actors.put(user.getId(), user));
        Map<Long, PostView> postsById = new HashMap<>();
        posts.views(newest.values().stream().map(Notice::getPostId).filter(Objects::nonNull).distinct().toList())
                .forEach(post -> postsById.put(post.id(), post));
        List<NoticeGroup> groups = rows.stream().map(row -> {
            Notice notice = newest.get(((Number) row[1]).longValue());
            User actor = notice == null ? null : actors.get(notice.getActorId());
            if (actor == null) {
                return null; // removed between the two reads
            }
            long count = ((Number) row[2]).longValue();
            long unread = row[3] == null ? 0 : ((Number) row[3]).longValue();
            PostView post = notice.getPostId() == null ? null : postsById.get(notice.getPostId());
            return new NoticeGroup(notice.getKind(), actor.getId(), actor.getUsername(), users.avatarUrl(actor, PostView.AVATAR_SIZE),
                    count - 1, post, notice.getCreatedAt(), unread > 0);
        }).filter(Objects::nonNull).toList();
        return new PageOf<>(groups, number, more);
    }

    /** Marks the member's notices read; their badge goes to zero as this commits. */
    @Transactional
    public void markAllRead(long recipientId) {
        if (notices.markRead(recipientId, clock.instant()) > 0) {
            counter.recountOnCommit(recipientId);
        }
    }

    /** How many of the member's notices are unread: one count on the index (recipient, read time). */
    @Transactional(readOnly = true)
    public long unreadCount(long recipientId) {
        return notices.countUnread(recipientId);
    }
}
