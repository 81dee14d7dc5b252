package org.microblog.post;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microblog.config.MicroblogProperties;
import org.microblog.core.RuleViolation;
import org.microblog.core.ShortText;
import org.microblog.user.UserService;
import org.microblog.web.PageOf;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing posts and reading them: home timeline, explore, a member's posts. */
@Service
public class PostService {

    private final PostRepository posts;
    private final UserService users;
    private final MicroblogProperties properties;
    private final Clock clock;

    PostService(PostRepository posts, UserService users, MicroblogProperties properties, Clock clock) {
        this.posts = posts;
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Publishes a post now: its body is a {@link ShortText}, stored without the white space around it.
     *
     * @throws RuleViolation on {@code body} when the text is blank or longer than {@value ShortText#MAX} characters
     */
    @Transactional
    public PostView publish(long authorId, String body, @Nullable String language) {
        String text = ShortText.Rule.check("body", body);
        Post post = posts.save(new Post(users.getById(authorId), text, clock.instant(), language));
        return view(post);
    }

    /** One page (1-based) of the member's own posts and those of the members they follow, newest first. */
    @Transactional(readOnly = true)
    public PageOf<PostView> homeTimeline(long userId, int page) {
        return homeTimeline(userId, page, properties.site().postsPerPage());
    }

    /** {@link #homeTimeline(long, int)} with pages of {@code size} posts (the API's {@code per_page}). */
    @Transactional(readOnly = true)
    public PageOf<PostView> homeTimeline(long userId, int page, int size) {
        return pageOf(posts.findHomeTimeline(userId, PageOf.request(page, size)));
    }

    /** One page of every post, newest first. */
    @Transactional(readOnly = true)
    public PageOf<PostView> explore(int page) {
        return explore(page, properties.site().postsPerPage());
    }

    /** {@link #explore(int)} with pages of {@code size} posts. */
    @Transactional(readOnly = true)
    public PageOf<PostView> explore(int page, int size) {
        return pageOf(posts.findExplore(PageOf.request(page, size)));
    }

    /** One page of a member's posts, newest first. */
    @Transactional(readOnly = true)
    public PageOf<PostView> postsBy(long userId, int page) {
        return postsBy(userId, page, properties.site().postsPerPage());
    }

    /** {@link #postsBy(long, int)} with pages of {@code size} posts. */
    @Transactional(readOnly = true)
    public PageOf<PostView> postsBy(long userId, int page, int size) {
        return pageOf(posts.findByAuthor(userId, PageOf.request(page, size)));
    }

    /** One post with its author. */
    @Transactional(readOnly = true)
    public Optional<PostView> find(long postId) {
        return posts.findWithAuthor(postId).map(this::view);
    }

    /** How many posts each of these members wrote, in one query; members without posts are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Long> countsBy(Collection<Long> userIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!userIds.isEmpty()) {
            posts.countByAuthors(userIds).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public long countBy(long userId) {
        return posts.countByAuthor(userId);
    }

    private PageOf<PostView> pageOf(Slice<Post> slice) {
        return PageOf.of(slice, this::view);
    }

    private PostView view(Post post) {
        var author = post.getAuthor();
        return new PostView(post.getId(), post.getBody(), post.getTimestamp(), post.getLanguage(), author.getId(),
                author.getUsername(), users.avatarUrl(author, PostView.AVATAR_SIZE));
    }
}
