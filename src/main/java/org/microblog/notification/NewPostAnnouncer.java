package org.microblog.notification;

import java.util.Map;
import java.util.Set;
import org.microblog.follow.FollowService;
import org.microblog.post.PostPublished;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live home timeline, fanned out on read: a new post writes no row per follower. Once it is
 * committed, the followers of its author who have a page open on this instance get a
 * {@code new_post} event on their stream (live only, timestamp 0: nothing to replay); their
 * home page then asks {@code /index/new?after=} for the posts themselves. Finding them is one
 * primary-key look-up per member online ({@link FollowService#followersAmong}), none when
 * nobody is online, whatever the author's follower count. Members on either side of a block
 * never follow each other, so a blocked member's post never announces itself.
 */
@Component
class NewPostAnnouncer {

    static final String NAME = "new_post";

    private final NotificationStreams streams;
    private final FollowService follows;
    private final JsonMapper json;

    NewPostAnnouncer(NotificationStreams streams, FollowService follows, JsonMapper json) {
        this.streams = streams;
        this.follows = follows;
        this.json = json;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PostPublished published) {
        Set<Long> online = streams.onlineMembers();
        online.remove(published.authorId());
        if (online.isEmpty()) {
            return;
        }
        Set<Long> readers = follows.followersAmong(published.authorId(), online);
        if (readers.isEmpty()) {
            return;
        }
        NotificationView event = new NotificationView(NAME,
                json.valueToTree(Map.of("post_id", published.postId(), "author_id", published.authorId())), 0);
        readers.forEach(reader -> streams.sendLiveOnly(reader, event));
    }
}
