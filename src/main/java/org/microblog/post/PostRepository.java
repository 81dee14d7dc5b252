package org.microblog.post;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Posts. Every list is newest first, ties on the timestamp broken by id, and comes in two
 * forms: a numbered page ({@code Pageable}, the original's {@code ?page=N}) and the rows older
 * than a cursor ({@code before*}: the time and id of the last row shown, read off the index
 * wherever the list is). The home timeline is in {@link TimelineQueries}.
 */
interface PostRepository extends JpaRepository<Post, Long>, TimelineQueries {

    /**
     * Leaves out the posts of members who block the reader or whom the reader blocks: two
     * anti-joins on the blocks table in the same statement (its primary key serves one, the
     * (blocked_id, blocker_id) index the other), never a query per row. See docs/decisions.md.
     */
    String VISIBLE = " and not exists (select 1 from Block b where b.id.blockerId = p.author.id and b.id.blockedId = :viewerId)"
            + " and not exists (select 1 from Block b where b.id.blockerId = :viewerId and b.id.blockedId = p.author.id) ";

    /** The posts with these ids and their authors, in one query, newest first. */
    /** A member's posts oldest first after a (timestamp, id) position, as the export writes them: index (user_id, timestamp, id). */
    @Query("select new org.microblog.post.PostService$ExportedPost(p.id, p.body, p.timestamp) from Post p"
            + " where p.author.id = :authorId and (p.timestamp > :timestamp or (p.timestamp = :timestamp and p.id > :id))"
            + " order by p.timestamp, p.id")
    List<PostService.ExportedPost> findExportedAfter(long authorId, Instant timestamp, long id, Pageable limit);

    @Query("select p from Post p join fetch p.author where p.id in :ids order by p.timestamp desc, p.id desc")
    List<Post> findWithAuthors(Collection<Long> ids);

    @Query("select p from Post p join fetch p.author where true" + VISIBLE + " order by p.timestamp desc, p.id desc")
    Slice<Post> findExplore(long viewerId, Pageable page);

    // "timestamp <= t and (timestamp < t or id < i)" rather than the plain "or": the first half
    // is an index range on every database, the second only sorts out ties.
    @Query("""
            select p from Post p join fetch p.author
            where p.timestamp <= :timestamp and (p.timestamp < :timestamp or p.id < :id)""" + VISIBLE + """
             order by p.timestamp desc, p.id desc""")
    List<Post> findExploreBefore(long viewerId, Instant timestamp, long id, Pageable limit);

    @Query("select p from Post p join fetch p.author a where a.id = :userId" + VISIBLE + " order by p.timestamp desc, p.id desc")
    Slice<Post> findByAuthor(long viewerId, Long userId, Pageable page);

    @Query("""
            select p from Post p join fetch p.author a
            where a.id = :userId and p.timestamp <= :timestamp and (p.timestamp < :timestamp or p.id < :id)""" + VISIBLE + """
             order by p.timestamp desc, p.id desc""")
    List<Post> findByAuthorBefore(long viewerId, Long userId, Instant timestamp, long id, Pageable limit);

    @Query("select p from Post p join fetch p.author where p.id = :id")
    Optional<Post> findWithAuthor(Long id);

    /** The post with its author, unless a block stands between its author and the reader. */
    @Query("select p from Post p join fetch p.author where p.id = :id" + VISIBLE)
    Optional<Post> findVisible(long viewerId, Long id);

    /** The posts after a cursor's row that the reader's home timeline holds (their own and those of members they follow), oldest first. */
    @Query(value = """
            select q.id from posts q
            where q.timestamp >= :timestamp and (q.timestamp > :timestamp or q.id > :id)
              and (q.user_id = :userId or q.user_id in (select f.followed_id from followers f where f.follower_id = :userId))
            order by q.timestamp, q.id""", nativeQuery = true)
    List<Long> findHomeTimelineIdsAfter(long userId, Instant timestamp, long id, Pageable limit);

    /** The post's replies, oldest first (a conversation reads in order), with their authors. */
    @Query("select p from Post p join fetch p.author where p.replyToId = :postId" + VISIBLE + " order by p.timestamp, p.id")
    List<Post> findReplies(long viewerId, long postId, Pageable limit);

    /**
     * Changes the post's stored like count by {@code delta}; 0 when there is no such post. Run
     * first in a like's transaction, it also takes the post's row lock, so likes, unlikes and the
     * delete of one post run one after the other.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "update posts set like_count = like_count + :delta where id = :id", nativeQuery = true)
    int addToLikeCount(long id, int delta);

    /** Changes the post's stored reply count by {@code delta} (taking its row lock); 0 when there is no such post. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update posts set reply_count = reply_count + :delta where id = :id", nativeQuery = true)
    int addToReplyCount(long id, int delta);

    /** Replies to a deleted post stay, as replies to nothing. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update posts set reply_to_id = null where reply_to_id = :id", nativeQuery = true)
    int detachReplies(long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from posts where id = :id and user_id = :authorId", nativeQuery = true)
    int deleteOwn(long id, long authorId);

    /** The usernames of these posts' authors, as (post id, username) rows, in one query. */
    @Query("select p.id, a.username from Post p join p.author a where p.id in :ids")
    List<Object[]> findAuthorNames(Collection<Long> ids);

    @Query(value = "select user_id from posts where id = :id", nativeQuery = true)
    long findAuthorId(long id);

    @Query(value = "select user_id from posts where id = :id", nativeQuery = true)
    Optional<Long> findAuthorIdIfAny(long id);
}
