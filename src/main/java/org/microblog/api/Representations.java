package org.microblog.api;

import org.microblog.notice.NoticeGroup;
import org.microblog.post.Mentions;
import org.microblog.post.Tags;
import java.util.List;
import org.microblog.message.MessageView;
import org.microblog.post.PostView;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.SiteUrls;
import org.springframework.stereotype.Component;

/**
 * Builds the JSON objects of the API from the services' views. A user's three counts are the
 * ones stored on their row, so a page of users costs the one query that reads the page.
 */
@Component
class Representations {

    static final int USER_AVATAR_SIZE = 128;

    private final UserService users;
    private final SiteUrls siteUrls;

    Representations(UserService users, SiteUrls siteUrls) {
        this.users = users;
        this.siteUrls = siteUrls;
    }

    List<UserResponse> users(List<User> page, long viewerId) {
        return page.stream().map(user -> user(user, viewerId)).toList();
    }

    UserResponse user(User user, long viewerId) {
        String self = userPath(user.getId());
        return new UserResponse(user.getId(), user.getUsername(), ApiTimes.iso(user.getLastSeen()), user.getAboutMe(),
                user.getPostCount(), user.getFollowerCount(), user.getFollowingCount(),
                new UserResponse.Links(self, self + "/followers",
                        self + "/following", absolute(users.avatarUrl(user, USER_AVATAR_SIZE))),
                user.getId() == viewerId ? user.getEmail() : null);
    }

    PostResponse post(PostView post) {
        return new PostResponse(post.id(), post.body(), ApiTimes.iso(post.timestamp()), post.language(),
                member(post.authorId(), post.authorUsername(), post.authorAvatarUrl()),
                post.editedAt() == null ? null : ApiTimes.iso(post.editedAt()), post.replyToId(), post.likeCount(),
                post.replyCount(), List.copyOf(Mentions.in(post.body())), List.copyOf(Tags.in(post.body())),
                new PostResponse.Links("/api/posts/" + post.id()));
    }

    NoticeResponse notice(NoticeGroup group) {
        return new NoticeResponse(group.kindName(),
                member(group.actorId(), group.actor(), group.actorAvatarUrl()), group.others(),
                group.post() == null ? null : post(group.post()), ApiTimes.iso(group.at()), group.unread());
    }

    MessageResponse message(MessageView message) {
        return new MessageResponse(message.id(), message.body(), ApiTimes.iso(message.timestamp()),
                member(message.senderId(), message.senderUsername(), message.senderAvatarUrl()),
                member(message.recipientId(), message.recipientUsername(), message.recipientAvatarUrl()),
                new MessageResponse.Links("/api/messages/" + message.id()));
    }

    private MemberSummary member(long id, String username, String avatarUrl) {
        return new MemberSummary(id, username, new MemberSummary.Links(userPath(id), absolute(avatarUrl)));
    }

    static String userPath(long id) {
        return "/api/users/" + id;
    }

    /** Local avatars are site paths; API clients get them absolute. */
    private String absolute(String url) {
        return siteUrls.absolute(url);
    }
}
