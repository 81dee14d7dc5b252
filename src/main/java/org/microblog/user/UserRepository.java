package org.microblog.user;

import java.time.Instant;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsernameLower(String usernameLower);

    Optional<User> findByEmailLower(String emailLower);

    boolean existsByUsernameLower(String usernameLower);

    boolean existsByEmailLower(String emailLower);

    Optional<User> findByTokenHash(String tokenHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from User u where u.id = :id")
    Optional<User> findByIdForUpdate(Long id);

    @Modifying
    @Query("update User u set u.lastSeen = :now where u.id = :id and (u.lastSeen is null or u.lastSeen < :notAfter)")
    int touchLastSeen(Long id, Instant now, Instant notAfter);

    @Modifying(flushAutomatically = true)
    @Query(value = "update users set post_count = post_count + :delta where id = :id", nativeQuery = true)
    int addToPostCount(long id, int delta);

    @Modifying(flushAutomatically = true)
    @Query(value = "update users set following_count = following_count + :delta where id = :id", nativeQuery = true)
    int addToFollowingCount(long id, int delta);

    @Modifying(flushAutomatically = true)
    @Query(value = "update users set follower_count = follower_count + :delta where id = :id", nativeQuery = true)
    int addToFollowerCount(long id, int delta);
}
