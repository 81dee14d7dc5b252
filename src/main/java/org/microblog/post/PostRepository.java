package org.microblog.post;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PostRepository extends JpaRepository<Post, Long> {

    /**
     * The home timeline: the member's own posts and those of everyone they follow, newest
     * first. Written as "author is me or in (whom I follow)" so the database walks the
     * timestamp index and stops after one page, instead of gathering every followed post.
     */
    @Query("""
            select p from Post p join fetch p.author a
            where a.id = :userId
               or a.id in (select f.id.followedId from Follow f where f.id.followerId = :userId)
            order by p.timestamp desc, p.id desc""")
    Slice<Post> findHomeTimeline(Long userId, Pageable page);

    @Query("select p from Post p join fetch p.author order by p.timestamp desc, p.id desc")
    Slice<Post> findExplore(Pageable page);

    @Query("select p from Post p join fetch p.author a where a.id = :userId order by p.timestamp desc, p.id desc")
    Slice<Post> findByAuthor(Long userId, Pageable page);

    @Query("select p from Post p join fetch p.author where p.id = :id")
    Optional<Post> findWithAuthor(Long id);

    @Query("select p.author.id, count(p) from Post p where p.author.id in :userIds group by p.author.id")
    List<Object[]> countByAuthors(Collection<Long> userIds);

    @Query("select count(p) from Post p where p.author.id = :userId")
    long countByAuthor(Long userId);
}
