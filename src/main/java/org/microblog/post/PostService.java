package org.microblog.post;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microblog.config.MicroblogProperties;
import org.microblog.core.RuleViolation;
import org.microblog.core.ShortText;
import org.microblog.user.MemberCounts;
import org.microblog.user.UserService;
import org.microblog.web.Cursor;
import org.microblog.web.PageOf;
import org.microblog.web.PagePosition;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing posts and reading them: home timeline, explore, a member's posts. */
@Service
public class PostService {

    private final PostRepository posts;
    private final UserService users;
    private final MemberCounts counts;
    private final MicroblogProperties properties;
    private final Clock clock;

    PostService(PostRepository posts, UserService users, MemberCounts counts, MicroblogProperties properties,
            Clock clock) {
        this.posts = posts;
        this.users = users;
        this.counts = counts;
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
        counts.postWritten(authorId); // the author's row lock first, then the post that refers to it
        Post post = posts.save(new Post(users.getById(authorId), text, clock.instant(), language));
        return view(post);
    }

    /** One page (1-based) of the member's own posts and those of the members they follow, newest first. */
    @Transactional(readOnly = true)
    public PageOf<PostView> homeTimeline(long userId, int page) {
        return homeTimeline(userId, PagePosition.number(page));
    }

    /** The home timeline's page at {@code at} (a page number or a cursor), of the configured size. */
    @Transactional(readOnly = true)
    public PageOf<PostView> homeTimeline(long userId, PagePosition at) {
        return homeTimeline(userId, at, properties.site().postsPerPage());
    }

    /**
     * One page of {@code size} posts of the member's home timeline, at a page number or after a
     * cursor: the post ids come from the timeline query, then the posts with their authors.
     */
    @Transactional(readOnly = true)
    public PageOf<PostView> homeTimeline(long userId, PagePosition at, int size) {
        List<Long> ids = posts.findHomeTimelineIds(userId, at.before(), at.offset(size), size + 1);
        return after(at, size, ids.isEmpty() ? List.of() : posts.findWithAuthors(ids));
    }

    /** One page of every post, newest first. */
    @Transactional(readOnly = true)
    public PageOf<PostView> explore(int page) {
        return explore(PagePosition.number(page));
    }

    /** Explore's page at {@code at}, of the configured size. */
    @Transactional(readOnly = true)
    public PageOf<PostView> explore(PagePosition at) {
        return explore(at, properties.site().postsPerPage());
    }

    /** One page of {@code size} posts of every post, at a page number or after a cursor. */
    @Transactional(readOnly = true)
    public PageOf<PostView> explore(PagePosition at, int size) {
        Cursor before = at.before();
        return before == null ? numbered(at, posts.findExplore(PageRequest.of(at.number() - 1, size)))
                : after(at, size, posts.findExploreBefore(before.timestamp(), before.id(), PageRequest.ofSize(size + 1)));
    }

    /** One page of a member's posts, newest first. */
    @Transactional(readOnly = true)
    public PageOf<PostView> postsBy(long userId, int page) {
        return postsBy(userId, PagePosition.number(page));
    }

    /** A member's posts at {@code at}, of the configured size. */
    @Transactional(readOnly = true)
    public PageOf<PostView> postsBy(long userId, PagePosition at) {
        return postsBy(userId, at, properties.site().postsPerPage());
    }

    /** One page of {@code size} of a member's posts, at a page number or after a cursor. */
    @Transactional(readOnly = true)
    public PageOf<PostView> postsBy(long userId, PagePosition at, int size) {
        Cursor before = at.before();
        return before == null ? numbered(at, posts.findByAuthor(userId, PageRequest.of(at.number() - 1, size)))
                : after(at, size, posts.findByAuthorBefore(userId, before.timestamp(), before.id(),
                        PageRequest.ofSize(size + 1)));
    }

    /** These posts with their authors, in the order of {@code ids} (one query); ids of no post are left out. */
    @Transactional(readOnly = true)
    public List<PostView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Post> byId = new HashMap<>();
        posts.findWithAuthors(ids).forEach(post -> byId.put(post.getId(), post));
        return ids.stream().map(byId::get).filter(Objects::nonNull).map(this::view).toList();
    }

    /** One post with its author. */
    @Transactional(readOnly = true)
    public Optional<PostView> find(long postId) {
        return posts.findWithAuthor(postId).map(this::view);
    }

    private PageOf<PostView> numbered(PagePosition at, Slice<Post> slice) {
        return PageOf.of(slice.getContent(), slice.hasNext(), at, this::view, PostService::cursorOf);
    }

    /** A page from up to {@code size + 1} rows: the extra one only says that another page follows. */
    private PageOf<PostView> after(PagePosition at, int size, List<Post> rows) {
        return PageOf.of(rows.subList(0, Math.min(size, rows.size())), rows.size() > size, at, this::view,
                PostService::cursorOf);
    }

    private static Cursor cursorOf(PostView post) {
        return new Cursor(post.timestamp(), post.id());
    }

    private PostView view(Post post) {
        var author = post.getAuthor();
        return new PostView(post.getId(), post.getBody(), post.getTimestamp(), post.getLanguage(), author.getId(),
                author.getUsername(), users.avatarUrl(author, PostView.AVATAR_SIZE));
    }
}
