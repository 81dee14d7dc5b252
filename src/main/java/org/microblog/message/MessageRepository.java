package org.microblog.message;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, Long> {

    @Query("""
            select m from Message m join fetch m.sender join fetch m.recipient r
            where r.id = :userId order by m.timestamp desc, m.id desc""")
    Slice<Message> findReceived(Long userId, Pageable page);

    @Query("""
            select m from Message m join fetch m.sender s join fetch m.recipient
            where s.id = :userId order by m.timestamp desc, m.id desc""")
    Slice<Message> findSent(Long userId, Pageable page);

    @Query("""
            select m from Message m join fetch m.sender s join fetch m.recipient r
            where (s.id = :userId and r.id = :otherId) or (s.id = :otherId and r.id = :userId)
            order by m.timestamp desc, m.id desc""")
    Slice<Message> findConversation(Long userId, Long otherId, Pageable page);

    // Rows older than a cursor: "timestamp <= t" is the index range, the rest sorts out ties.
    @Query("""
            select m from Message m join fetch m.sender join fetch m.recipient r
            where r.id = :userId and m.timestamp <= :timestamp and (m.timestamp < :timestamp or m.id < :id)
            order by m.timestamp desc, m.id desc""")
    List<Message> findReceivedBefore(Long userId, Instant timestamp, long id, Pageable limit);

    @Query("""
            select m from Message m join fetch m.sender s join fetch m.recipient
            where s.id = :userId and m.timestamp <= :timestamp and (m.timestamp < :timestamp or m.id < :id)
            order by m.timestamp desc, m.id desc""")
    List<Message> findSentBefore(Long userId, Instant timestamp, long id, Pageable limit);

    @Query("""
            select m from Message m join fetch m.sender s join fetch m.recipient r
            where ((s.id = :userId and r.id = :otherId) or (s.id = :otherId and r.id = :userId))
              and m.timestamp <= :timestamp and (m.timestamp < :timestamp or m.id < :id)
            order by m.timestamp desc, m.id desc""")
    List<Message> findConversationBefore(Long userId, Long otherId, Instant timestamp, long id, Pageable limit);

    /** The conversation's messages after a cursor's row, oldest first (the live conversation's next batch). */
    @Query("""
            select m from Message m join fetch m.sender s join fetch m.recipient r
            where ((s.id = :userId and r.id = :otherId) or (s.id = :otherId and r.id = :userId))
              and m.timestamp >= :timestamp and (m.timestamp > :timestamp or m.id > :id)
            order by m.timestamp, m.id""")
    List<Message> findConversationAfter(Long userId, Long otherId, Instant timestamp, long id, Pageable limit);

    @Query("select m from Message m join fetch m.sender join fetch m.recipient where m.id = :id")
    Optional<Message> findWithParties(Long id);

    @Query("select count(m) from Message m where m.recipient.id = :userId and m.timestamp > :since")
    long countReceivedAfter(Long userId, Instant since);

    @Query("select count(m) from Message m where m.recipient.id = :userId")
    long countReceived(Long userId);
}
