package org.microblog.post;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Who liked which post. */
interface PostLikeRepository extends JpaRepository<PostLike, PostLike.Key> {

    @Modifying(flushAutomatically = true)
    @Query(value = "delete from post_likes where post_id = :postId and user_id = :userId", nativeQuery = true)
    int deleteLike(long postId, long userId);

    /** Which of these posts the member liked, in one query. */
    @Query(value = "select post_id from post_likes where user_id = :userId and post_id in (:postIds)", nativeQuery = true)
    List<Long> likedAmong(long userId, Collection<Long> postIds);

    /** The usernames of who liked the post, newest like first. */
    @Query(value = """
            select u.username from post_likes l join users u on u.id = l.user_id
            where l.post_id = :postId order by l.timestamp desc, l.user_id desc""", nativeQuery = true)
    List<String> likers(long postId, Pageable limit);
}
