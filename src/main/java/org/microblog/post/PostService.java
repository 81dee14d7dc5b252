package org.microblog.post;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microblog.config.MicroblogProperties;
import org.microblog.core.RuleViolation;
import org.microblog.core.NotFound;
import org.microblog.core.ShortText;
import org.microblog.core.Writes;
import org.microblog.follow.BlockService;
import org.springframework.security.access.AccessDeniedException;
import org.microblog.user.MemberCounts;
import org.microblog.user.UserService;
import org.microblog.web.Cursor;
import org.microblog.web.PageOf;
import org.microblog.web.PagePosition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing posts and reading them: home timeline, explore, a member's posts. */
@Service
public class PostService {

    /** How many likers the post page names. */
    public static final int LIKERS_SHOWN = 50;

    /** How many replies the post page shows under the post. */
    public static final int REPLIES_SHOWN = 100;

    private final PostRepository posts;
    private final PostLikeRepository likes;
    private final PostTagRepository tags;
    private final Writes writes;
    private final ApplicationEventPublisher events;
    private final UserService users;
    private final MemberCounts counts;
    private final BlockService blocks;
    private final MicroblogProperties properties;
    private final LanguageDetector languages;
    private final Clock clock;

    PostService(PostRepository posts, PostLikeRepository likes, PostTagRepository tags, Writes writes,
            ApplicationEventPublisher events, UserService users, MemberCounts counts, BlockService blocks,
            MicroblogProperties properties, LanguageDetector languages, Clock clock) {
        this.blocks = blocks;
        this.languages = languages;
        this.posts = posts;
        this.events = events;
        this.likes = likes;
        this.tags = tags;
        this.writes = writes;
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
        Post post = posts.save(new Post(users.getById(authorId), text, clock.instant(), languageOf(text, language)));
        storeTags(post);
        events.publishEvent(new PostPublished(post.getId(), authorId));
        announceMentions(post);
        return view(post);
    }

    /**
     * Publishes a reply to {@code parentId} now, under the same rules as a post; the parent's
     * stored reply count goes up by one in the same transaction.
     *
     * @throws RuleViolation on {@code body} as {@link #publish}
     * @throws NotFound when the parent post does not exist
     * @throws RuleViolation ({@code post.replyBlocked}) when the parent's author blocks the member or the member blocks them
     */
    public PostView reply(long authorId, long parentId, String body, @Nullable String language) {
        String text = ShortText.Rule.check("body", body);
        // Run again if picked as a deadlock victim: the notices of members it mentions refer to
        // rows it has not locked in order.
        return writes.run(() -> {
            // Both members' rows first, the lower id first (as messages and blocks take them): the
            // reply's notice refers to the parent's author, so taking only one's own row first
            // waited in a circle with a message between the two.
            long parentAuthor = posts.findAuthorIdIfAny(parentId).orElseThrow(() -> NotFound.of("post", parentId));
            users.lockPair(authorId, parentAuthor);
            counts.postWritten(authorId);
            if (posts.addToReplyCount(parentId, 1) == 0) {
                throw NotFound.of("post", parentId);
            }
            if (blocks.blockedEitherWay(authorId, parentAuthor)) {
                // thrown inside the transaction: the reply count's change rolls back with it
                throw RuleViolation.of("post.replyBlocked", "You cannot reply to this member's posts.");
            }
            Post post = posts.save(new Post(users.getById(authorId), text, clock.instant(), languageOf(text, language),
                    parentId));
            storeTags(post);
            events.publishEvent(new PostRepliedTo(post.getId(), parentId, parentAuthor, authorId));
            events.publishEvent(new PostPublished(post.getId(), authorId));
            announceMentions(post);
            return view(post);
        });
    }

    /**
     * Replaces the text of one's own post, marking it edited now; the search index follows by the
     * triggers of change set 0013 (they fire on UPDATE).
     *
     * @throws RuleViolation on {@code body} as {@link #publish}
     * @throws NotFound when the post does not exist
     * @throws AccessDeniedException when the post is someone else's
     */
    @Transactional
    public PostView edit(long memberId, long postId, String body) {
        String text = ShortText.Rule.check("body", body);
        Post post = posts.findWithAuthor(postId).orElseThrow(() -> NotFound.of("post", postId));
        if (post.getAuthor().getId() != memberId) {
            throw new AccessDeniedException("post " + postId + " is not yours");
        }
        post.edit(text, clock.instant(), languageOf(text, null));
        posts.flush();
        tags.deleteByPost(postId);
        storeTags(post);
        return view(post);
    }

    /**
     * Deletes one's own post with its likes (and its search row); its replies stay, as replies
     * to nothing; the author's post count and the parent's reply count go down by one with it.
     *
     * @throws NotFound when the post does not exist
     * @throws AccessDeniedException when the post is someone else's
     */
    public void delete(long memberId, long postId) {
        writes.run(() -> {
            Post post = posts.findById(postId).orElseThrow(() -> NotFound.of("post", postId));
            if (post.getAuthor().getId() != memberId) {
                throw new AccessDeniedException("post " + postId + " is not yours");
            }
            counts.postDeleted(memberId); // the author's row first, as publishing does
            Long parent = post.getReplyToId();
            events.publishEvent(new PostDeleted(postId, memberId));
            if (posts.deleteOwn(postId, memberId) == 0) {
                throw NotFound.of("post", postId); // deleted meanwhile: the count change rolls back
            }
            posts.detachReplies(postId);
            if (parent != null) {
                posts.addToReplyCount(parent, -1);
            }
            return null;
        });
    }

    /**
     * The member likes the post; idempotent. The member's row and then the post's are locked, so
     * concurrent likes and unlikes of one post run one after the other and its stored count stays exact.
     *
     * @return true if this call added the like
     * @throws NotFound when the post does not exist, or a block between the member and its author hides it
     */
    public boolean like(long memberId, long postId) {
        return writes.run(() -> {
            // The liker's and the author's rows first, the lower id first, then the post's: the
            // order a reply and a message take them, so none of them waits for another in a circle.
            long author = posts.findAuthorIdIfAny(postId).orElseThrow(() -> NotFound.of("post", postId));
            users.lockPair(memberId, author);
            if (posts.addToLikeCount(postId, 0) == 0) {
                throw NotFound.of("post", postId);
            }
            // A post hidden from the member by a block cannot be liked: it is not found, as on its page.
            if (blocks.blockedEitherWay(memberId, author)) {
                throw NotFound.of("post", postId);
            }
            if (likes.existsById(new PostLike.Key(postId, memberId))) {
                return false;
            }
            users.getById(memberId);
            likes.saveAndFlush(new PostLike(postId, memberId, clock.instant()));
            posts.addToLikeCount(postId, 1);
            events.publishEvent(new PostLiked(postId, author, memberId));
            return true;
        });
    }

    /**
     * The member no longer likes the post; idempotent.
     *
     * @return true if a like was removed
     * @throws NotFound when the post does not exist
     */
    public boolean unlike(long memberId, long postId) {
        return writes.run(() -> {
            if (posts.addToLikeCount(postId, 0) == 0) {
                throw NotFound.of("post", postId);
            }
            if (likes.deleteLike(postId, memberId) == 0) {
                return false;
            }
            posts.addToLikeCount(postId, -1);
            events.publishEvent(new PostUnliked(postId, memberId));
            return true;
        });
    }

    /** Which of these posts the member liked (one query; none for no posts). */
    @Transactional(readOnly = true)
    public Set<Long> likedAmong(long memberId, Collection<Long> postIds) {
        return postIds.isEmpty() ? Set.of() : new HashSet<>(likes.likedAmong(memberId, postIds));
    }

    /** The usernames of up to {@value #LIKERS_SHOWN} members who liked the post, newest like first. */
    @Transactional(readOnly = true)
    public List<String> likers(long postId) {
        return likes.likers(postId, PageRequest.ofSize(LIKERS_SHOWN));
    }

    /** The post's replies the reader may see (no block between them and the reply's author), oldest first (up to {@value #REPLIES_SHOWN}). */
    @Transactional(readOnly = true)
    public List<PostView> replies(long viewerId, long postId) {
        return viewsOf(posts.findReplies(viewerId, postId, PageRequest.ofSize(REPLIES_SHOWN)));
    }

    /** The post's tags, in its transaction; the table's foreign key removes them with the post. */
    private void storeTags(Post post) {
        for (String tag : Tags.in(post.getBody())) {
            tags.save(new PostTag(post.getId(), tag, post.getTimestamp()));
        }
        tags.flush();
    }

    /**
     * One page of {@code size} posts tagged {@code tag} (any case), newest first, at a page number
     * or after a cursor: the ids from the tag index, then the posts with their authors.
     */
    @Transactional(readOnly = true)
    public PageOf<PostView> tagged(String tag, PagePosition at, int size) {
        String normalized = Tags.normalized(tag);
        if (normalized == null) {
            return PageOf.of(List.<Post>of(), false, at, post -> view(post, Map.of()), PostService::cursorOf);
        }
        Cursor before = at.before();
        if (before == null) {
            Slice<Long> ids = tags.findPostIds(normalized, PageRequest.of(at.number() - 1, size));
            List<Post> rows = ids.isEmpty() ? List.of() : posts.findWithAuthors(ids.getContent());
            Map<Long, String> parents = parentNames(rows);
            return PageOf.of(rows, ids.hasNext(), at, post -> view(post, parents), PostService::cursorOf);
        }
        List<Long> ids = tags.findPostIdsBefore(normalized, before.timestamp(), before.id(), PageRequest.ofSize(size + 1));
        return after(at, size, ids.isEmpty() ? List.of() : posts.findWithAuthors(ids));
    }

    /** Tagged posts at {@code at}, of the configured size. */
    @Transactional(readOnly = true)
    public PageOf<PostView> tagged(String tag, PagePosition at) {
        return tagged(tag, at, properties.site().postsPerPage());
    }

    /** A {@link MemberMentioned} for each existing member the post names (not its author; at most {@value Mentions#MAX} look-ups). */
    private void announceMentions(Post post) {
        long authorId = post.getAuthor().getId();
        for (String name : Mentions.in(post.getBody())) {
            users.findByUsername(name).filter(member -> member.getId() != authorId)
                    .ifPresent(member -> events.publishEvent(new MemberMentioned(post.getId(), member.getId(), authorId)));
        }
    }

    /**
     * The language stored with a post's text: what the caller gave (an importer that knows it),
     * else the detector's guess, null when the text is too short or ambiguous to tell; the one
     * place it is decided, so publishing, replying and editing all detect it again.
     */
    private @Nullable String languageOf(String text, @Nullable String given) {
        return given != null ? given : languages.detect(text);
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

    /**
     * The oldest {@code limit} posts of the member's home timeline newer than {@code after},
     * shown newest first: what the live timeline inserts when its new posts are asked for (two
     * queries, three when one is a reply; the next batch starts after the newest of these). No
     * block applies: members on either side of a block never follow each other.
     */
    @Transactional(readOnly = true)
    public List<PostView> homeTimelineAfter(long userId, Cursor after, int limit) {
        List<Long> ids = new ArrayList<>(posts.findHomeTimelineIdsAfter(userId, after.timestamp(), after.id(),
                PageRequest.ofSize(limit)));
        Collections.reverse(ids);
        return views(ids);
    }

    /** No member has this id, so no block stands between it and anyone: reading "as nobody" (the command line, checks). */
    public static final long NOBODY = 0;

    /** One page of every post, read as {@link #NOBODY} (no block applies). */
    @Transactional(readOnly = true)
    public PageOf<PostView> explore(int page) {
        return explore(NOBODY, page);
    }

    /** Explore's page at {@code at} of {@code size} posts, read as {@link #NOBODY}. */
    @Transactional(readOnly = true)
    public PageOf<PostView> explore(PagePosition at, int size) {
        return explore(NOBODY, at, size);
    }

    /** One page of a member's posts, read as {@link #NOBODY}. */
    @Transactional(readOnly = true)
    public PageOf<PostView> postsBy(long userId, int page) {
        return postsBy(NOBODY, userId, page);
    }

    /** A member's posts at {@code at} of {@code size}, read as {@link #NOBODY}. */
    @Transactional(readOnly = true)
    public PageOf<PostView> postsBy(long userId, PagePosition at, int size) {
        return postsBy(NOBODY, userId, at, size);
    }

    /** One page of every post the reader may see (none of a member a block stands between), newest first. */
    @Transactional(readOnly = true)
    public PageOf<PostView> explore(long viewerId, int page) {
        return explore(viewerId, PagePosition.number(page));
    }

    /** Explore's page at {@code at}, of the configured size. */
    @Transactional(readOnly = true)
    public PageOf<PostView> explore(long viewerId, PagePosition at) {
        return explore(viewerId, at, properties.site().postsPerPage());
    }

    /** One page of {@code size} posts of every post the reader may see, at a page number or after a cursor. */
    @Transactional(readOnly = true)
    public PageOf<PostView> explore(long viewerId, PagePosition at, int size) {
        Cursor before = at.before();
        return before == null ? numbered(at, posts.findExplore(viewerId, PageRequest.of(at.number() - 1, size)))
                : after(at, size, posts.findExploreBefore(viewerId, before.timestamp(), before.id(),
                        PageRequest.ofSize(size + 1)));
    }

    /** One page of a member's posts, newest first; none when a block stands between them and the reader. */
    @Transactional(readOnly = true)
    public PageOf<PostView> postsBy(long viewerId, long userId, int page) {
        return postsBy(viewerId, userId, PagePosition.number(page));
    }

    /** A member's posts at {@code at}, of the configured size. */
    @Transactional(readOnly = true)
    public PageOf<PostView> postsBy(long viewerId, long userId, PagePosition at) {
        return postsBy(viewerId, userId, at, properties.site().postsPerPage());
    }

    /** One page of {@code size} of a member's posts the reader may see, at a page number or after a cursor. */
    @Transactional(readOnly = true)
    public PageOf<PostView> postsBy(long viewerId, long userId, PagePosition at, int size) {
        Cursor before = at.before();
        return before == null ? numbered(at, posts.findByAuthor(viewerId, userId, PageRequest.of(at.number() - 1, size)))
                : after(at, size, posts.findByAuthorBefore(viewerId, userId, before.timestamp(), before.id(),
                        PageRequest.ofSize(size + 1)));
    }

    /** A post as an export writes it: the original's {@code body} and {@code timestamp}. */
    public record ExportedPost(long id, String body, Instant timestamp) {
    }

    /**
     * Up to {@code limit} of the member's posts, oldest first, after {@code after} (null: from the
     * first): an export reads them page by page.
     */
    @Transactional(readOnly = true)
    public List<ExportedPost> exportedAfter(long authorId, @Nullable ExportedPost after, int limit) {
        return after == null
                ? posts.findExportedAfter(authorId, Instant.EPOCH.minusSeconds(1), 0, PageRequest.of(0, limit))
                : posts.findExportedAfter(authorId, after.timestamp(), after.id(), PageRequest.of(0, limit));
    }

    /** These posts with their authors, in the order of {@code ids} (one query); ids of no post are left out. */
    @Transactional(readOnly = true)
    public List<PostView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Post> byId = new HashMap<>();
        List<Post> found = posts.findWithAuthors(ids);
        found.forEach(post -> byId.put(post.getId(), post));
        Map<Long, String> parents = parentNames(found);
        return ids.stream().map(byId::get).filter(Objects::nonNull).map(post -> view(post, parents)).toList();
    }

    /** One post with its author. */
    @Transactional(readOnly = true)
    public Optional<PostView> find(long postId) {
        return posts.findWithAuthor(postId).map(post -> viewsOf(List.of(post)).get(0));
    }

    /** One post with its author, unless a block stands between its author and the reader (then as if there were none). */
    @Transactional(readOnly = true)
    public Optional<PostView> findVisible(long viewerId, long postId) {
        return posts.findVisible(viewerId, postId).map(post -> viewsOf(List.of(post)).get(0));
    }

    private PageOf<PostView> numbered(PagePosition at, Slice<Post> slice) {
        Map<Long, String> parents = parentNames(slice.getContent());
        return PageOf.of(slice.getContent(), slice.hasNext(), at, post -> view(post, parents), PostService::cursorOf);
    }

    /** The views of these posts, in their order, with the names of the authors they reply to (one query more). */
    private List<PostView> viewsOf(List<Post> rows) {
        Map<Long, String> parents = parentNames(rows);
        return rows.stream().map(post -> view(post, parents)).toList();
    }

    /** Who wrote the posts these reply to, by post id: one query, none when none is a reply. */
    private Map<Long, String> parentNames(List<Post> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(post -> {
            if (post.getReplyToId() != null) {
                ids.add(post.getReplyToId());
            }
        });
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            posts.findAuthorNames(ids).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /** A page from up to {@code size + 1} rows: the extra one only says that another page follows. */
    private PageOf<PostView> after(PagePosition at, int size, List<Post> rows) {
        List<Post> shown = rows.subList(0, Math.min(size, rows.size()));
        Map<Long, String> parents = parentNames(shown);
        return PageOf.of(shown, rows.size() > size, at, post -> view(post, parents), PostService::cursorOf);
    }

    private static Cursor cursorOf(PostView post) {
        return new Cursor(post.timestamp(), post.id());
    }

    private PostView view(Post post) {
        return viewsOf(List.of(post)).get(0);
    }

    private PostView view(Post post, Map<Long, String> parentNames) {
        var author = post.getAuthor();
        Long parent = post.getReplyToId();
        return new PostView(post.getId(), post.getBody(), post.getTimestamp(), post.getLanguage(), author.getId(),
                author.getUsername(), users.avatarUrl(author, PostView.AVATAR_SIZE), post.getEditedAt(), parent,
                parent == null ? null : parentNames.get(parent), post.getLikeCount(), post.getReplyCount());
    }
}
