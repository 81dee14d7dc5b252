package org.microblog.post;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PostTagRepository extends JpaRepository<PostTag, PostTag.Key> {

    /** A page of the tag's post ids, newest first, from the index (tag, timestamp, post_id). */
    @Query("select t.postId from PostTag t where t.tag = :tag order by t.timestamp desc, t.postId desc")
    Slice<Long> findPostIds(String tag, Pageable page);

    @Query("""
            select t.postId from PostTag t where t.tag = :tag
            and (t.timestamp < :timestamp or (t.timestamp = :timestamp and t.postId < :id))
            order by t.timestamp desc, t.postId desc""")
    List<Long> findPostIdsBefore(String tag, Instant timestamp, long id, Pageable limit);

    @Query("select t.postId, t.tag from PostTag t where t.postId in :postIds")
    List<Object[]> findTagsOf(java.util.Collection<Long> postIds);

    @Modifying
    @Query("delete from PostTag t where t.postId = :postId")
    int deleteByPost(long postId);
}
