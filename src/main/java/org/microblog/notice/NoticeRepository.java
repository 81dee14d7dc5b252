package org.microblog.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    /**
     * A page of the member's groups, newest first: each group's key, its newest notice's id,
     * how many notices it holds and how many of them are unread.
     */
    @Query("""
            select n.groupKey, max(n.id), count(n), sum(case when n.readAt is null then 1 else 0 end)
            from Notice n where n.recipientId = :recipientId group by n.groupKey order by max(n.id) desc""")
    List<Object[]> findGroups(long recipientId, Pageable page);

    @Query("select n from Notice n where n.id in :ids")
    List<Notice> findAllByIds(Collection<Long> ids);

    @Query("select count(n) from Notice n where n.recipientId = :recipientId and n.readAt is null")
    long countUnread(long recipientId);

    @Query("select count(n) > 0 from Notice n where n.recipientId = :recipientId and n.postId = :postId and n.kind = :kind")
    boolean exists(long recipientId, long postId, NoticeKind kind);

    @Modifying(flushAutomatically = true)
    @Query("update Notice n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
    int markRead(long recipientId, Instant at);

    @Modifying(flushAutomatically = true)
    @Query("delete from Notice n where n.postId = :postId and n.actorId = :actorId and n.kind = :kind")
    int deleteNotice(long postId, long actorId, NoticeKind kind);

    @Query("select distinct n.recipientId from Notice n where n.postId = :postId and n.readAt is null")
    List<Long> findUnreadRecipients(long postId);

    @Query("select distinct n.recipientId from Notice n where n.postId = :postId and n.actorId = :actorId and n.kind = :kind")
    List<Long> findRecipients(long postId, long actorId, NoticeKind kind);
}
