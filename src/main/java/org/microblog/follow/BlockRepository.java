package org.microblog.follow;

import java.util.List;
import org.microblog.user.User;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BlockRepository extends JpaRepository<Block, Block.Id> {

    @Query("select count(b) > 0 from Block b where (b.id.blockerId = :a and b.id.blockedId = :b)"
            + " or (b.id.blockerId = :b and b.id.blockedId = :a)")
    boolean existsEitherWay(Long a, Long b);

    /** Who of the two blocks the other: the blocker ids of the (at most two) rows between them. */
    @Query("select b.id.blockerId from Block b where (b.id.blockerId = :a and b.id.blockedId = :b)"
            + " or (b.id.blockerId = :b and b.id.blockedId = :a)")
    List<Long> findBlockersBetween(Long a, Long b);

    @Query("select u from User u where u.id in (select b.id.blockedId from Block b where b.id.blockerId = :blockerId) order by u.id")
    List<User> findBlocked(Long blockerId, Pageable page);

    @Modifying
    @Query("delete from Block b where b.id.blockerId = :blockerId and b.id.blockedId = :blockedId")
    int deleteRelation(Long blockerId, Long blockedId);
}
