package org.microblog.follow;

import java.util.Collection;
import java.util.List;
import org.microblog.user.User;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FollowRepository extends JpaRepository<Follow, Follow.Id> {

    @Query("select u from User u where u.id in (select f.id.followerId from Follow f where f.id.followedId = :userId) order by u.id")
    List<User> findFollowers(Long userId, Pageable page);

    @Query("select u from User u where u.id in (select f.id.followedId from Follow f where f.id.followerId = :userId) order by u.id")
    List<User> findFollowing(Long userId, Pageable page);

    /** Which of {@code ids} follow the member {@code followedId}, in one query (primary-key look-ups). */
    @Query("select f.id.followerId from Follow f where f.id.followedId = :followedId and f.id.followerId in :ids")
    List<Long> findFollowersAmong(Long followedId, Collection<Long> ids);

    /** Which of {@code ids} the member {@code followerId} follows, in one query. */
    @Query("select f.id.followedId from Follow f where f.id.followerId = :followerId and f.id.followedId in :ids")
    List<Long> findFollowedAmong(Long followerId, Collection<Long> ids);

    @Modifying
    @Query("delete from Follow f where f.id.followerId = :followerId and f.id.followedId = :followedId")
    int deleteRelation(Long followerId, Long followedId);
}
