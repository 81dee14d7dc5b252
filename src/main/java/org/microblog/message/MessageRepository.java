package org.microblog.message;

import java.time.Instant;
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

    @Query("select m from Message m join fetch m.sender join fetch m.recipient where m.id = :id")
    Optional<Message> findWithParties(Long id);

    @Query("select count(m) from Message m where m.recipient.id = :userId and m.timestamp > :since")
    long countReceivedAfter(Long userId, Instant since);

    @Query("select count(m) from Message m where m.recipient.id = :userId")
    long countReceived(Long userId);
}
