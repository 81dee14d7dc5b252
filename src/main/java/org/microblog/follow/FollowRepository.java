package org.microblog.follow;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FollowRepository extends JpaRepository<Follow, Follow.Id> {

    @Query("select count(f) from Follow f where f.id.followedId = :userId")
    long countFollowers(Long userId);

    @Query("select count(f) from Follow f where f.id.followerId = :userId")
    long countFollowing(Long userId);

    @Modifying
    @Query("delete from Follow f where f.id.followerId = :followerId and f.id.followedId = :followedId")
    int deleteRelation(Long followerId, Long followedId);
}
