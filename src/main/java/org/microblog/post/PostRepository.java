package org.microblog.post;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Posts. Every list is newest first, ties on the timestamp broken by id, and comes in two
 * forms: a numbered page ({@code Pageable}, the original's {@code ?page=N}) and the rows older
 * than a cursor ({@code before*}: the time and id of the last row shown, read off the index
 * wherever the list is). The home timeline is in {@link TimelineQueries}.
 */
interface PostRepository extends JpaRepository<Post, Long>, TimelineQueries {

    /** The posts with these ids and their authors, in one query, newest first. */
    @Query("select p from Post p join fetch p.author where p.id in :ids order by p.timestamp desc, p.id desc")
    List<Post> findWithAuthors(Collection<Long> ids);

    @Query("select p from Post p join fetch p.author order by p.timestamp desc, p.id desc")
    Slice<Post> findExplore(Pageable page);

    // "timestamp <= t and (timestamp < t or id < i)" rather than the plain "or": the first half
    // is an index range on every database, the second only sorts out ties.
    @Query("""
            select p from Post p join fetch p.author
            where p.timestamp <= :timestamp and (p.timestamp < :timestamp or p.id < :id)
            order by p.timestamp desc, p.id desc""")
    List<Post> findExploreBefore(Instant timestamp, long id, Pageable limit);

    @Query("select p from Post p join fetch p.author a where a.id = :userId order by p.timestamp desc, p.id desc")
    Slice<Post> findByAuthor(Long userId, Pageable page);

    @Query("""
            select p from Post p join fetch p.author a
            where a.id = :userId and p.timestamp <= :timestamp and (p.timestamp < :timestamp or p.id < :id)
            order by p.timestamp desc, p.id desc""")
    List<Post> findByAuthorBefore(Long userId, Instant timestamp, long id, Pageable limit);

    @Query("select p from Post p join fetch p.author where p.id = :id")
    Optional<Post> findWithAuthor(Long id);
}
