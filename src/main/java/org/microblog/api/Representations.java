package org.microblog.api;

import java.util.List;
import java.util.Map;
import org.microblog.follow.FollowService;
import org.microblog.message.MessageView;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.SiteUrls;
import org.springframework.stereotype.Component;

/**
 * Builds the JSON objects of the API from the services' views. Lists of users get their three
 * counts in three queries for the whole page, not three per user.
 */
@Component
class Representations {

    static final int USER_AVATAR_SIZE = 128;

    private final UserService users;
    private final PostService posts;
    private final FollowService follows;
    private final SiteUrls siteUrls;

    Representations(UserService users, PostService posts, FollowService follows, SiteUrls siteUrls) {
        this.users = users;
        this.posts = posts;
        this.follows = follows;
        this.siteUrls = siteUrls;
    }

    UserResponse user(User user, long viewerId) {
        long id = user.getId();
        return user(user, viewerId, posts.countBy(id), follows.followerCount(id), follows.followingCount(id));
    }

    List<UserResponse> users(List<User> page, long viewerId) {
        List<Long> ids = page.stream().map(User::getId).toList();
        Map<Long, Long> postCounts = posts.countsBy(ids);
        Map<Long, Long> followers = follows.followerCounts(ids);
        Map<Long, Long> following = follows.followingCounts(ids);
        return page.stream().map(user -> user(user, viewerId, postCounts.getOrDefault(user.getId(), 0L),
                followers.getOrDefault(user.getId(), 0L), following.getOrDefault(user.getId(), 0L))).toList();
    }

    private UserResponse user(User user, long viewerId, long postCount, long followerCount, long followingCount) {
        String self = userPath(user.getId());
        return new UserResponse(user.getId(), user.getUsername(), ApiTimes.iso(user.getLastSeen()), user.getAboutMe(),
                postCount, followerCount, followingCount, new UserResponse.Links(self, self + "/followers",
                        self + "/following", absolute(users.avatarUrl(user, USER_AVATAR_SIZE))),
                user.getId() == viewerId ? user.getEmail() : null);
    }

    PostResponse post(PostView post) {
        return new PostResponse(post.id(), post.body(), ApiTimes.iso(post.timestamp()), post.language(),
                member(post.authorId(), post.authorUsername(), post.authorAvatarUrl()),
                new PostResponse.Links("/api/posts/" + post.id()));
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
