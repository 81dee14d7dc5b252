package org.microblog.follow;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.microblog.core.RuleViolation;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Who follows whom. Following is idempotent: repeated or concurrent follows leave one row. */
@Service
public class FollowService {

    private final FollowRepository follows;
    private final UserService users;
    private final TransactionTemplate transaction;

    FollowService(FollowRepository follows, UserService users, PlatformTransactionManager transactionManager) {
        this.follows = follows;
        this.users = users;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Makes {@code followerId} follow {@code followedId}.
     *
     * @return true if this call created the relation, false if it already existed
     * @throws RuleViolation ({@code follow.self}) when a member tries to follow themselves
     * @throws org.microblog.core.NotFound when either member does not exist
     */
    public boolean follow(long followerId, long followedId) {
        if (followerId == followedId) {
            throw RuleViolation.of("follow.self", "You cannot follow yourself!");
        }
        users.getById(followerId);
        users.getById(followedId);
        var id = new Follow.Id(followerId, followedId);
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                if (follows.existsById(id)) {
                    return false;
                }
                follows.saveAndFlush(new Follow(followerId, followedId));
                return true;
            }));
        } catch (DataIntegrityViolationException concurrentFollow) {
            // Another request inserted the same row between our check and our insert: the
            // primary key kept it single, and the member follows as asked.
            if (isFollowing(followerId, followedId)) {
                return false;
            }
            throw concurrentFollow;
        }
    }

    /**
     * Ends {@code followerId}'s following of {@code followedId}.
     *
     * @return true if a relation was removed
     * @throws RuleViolation ({@code follow.selfUnfollow}) when a member tries to unfollow themselves
     */
    @Transactional
    public boolean unfollow(long followerId, long followedId) {
        if (followerId == followedId) {
            throw RuleViolation.of("follow.selfUnfollow", "You cannot unfollow yourself!");
        }
        return follows.deleteRelation(followerId, followedId) > 0;
    }

    @Transactional(readOnly = true)
    public boolean isFollowing(long followerId, long followedId) {
        return follows.existsById(new Follow.Id(followerId, followedId));
    }

    @Transactional(readOnly = true)
    public long followerCount(long userId) {
        return follows.countFollowers(userId);
    }

    @Transactional(readOnly = true)
    public long followingCount(long userId) {
        return follows.countFollowing(userId);
    }

    /** One page (1-based) of {@code size} members who follow {@code userId}, by id, with the total. */
    @Transactional(readOnly = true)
    public Page<User> followers(long userId, int page, int size) {
        return follows.findFollowers(userId, PageRequest.of(page - 1, size));
    }

    /** One page (1-based) of {@code size} members whom {@code userId} follows, by id, with the total. */
    @Transactional(readOnly = true)
    public Page<User> following(long userId, int page, int size) {
        return follows.findFollowing(userId, PageRequest.of(page - 1, size));
    }

    /** Follower counts of these members in one query; members nobody follows are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Long> followerCounts(Collection<Long> userIds) {
        return userIds.isEmpty() ? Map.of() : toMap(follows.countFollowersOf(userIds));
    }

    /** How many members each of these follows, in one query; members following nobody are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Long> followingCounts(Collection<Long> userIds) {
        return userIds.isEmpty() ? Map.of() : toMap(follows.countFollowingOf(userIds));
    }

    private static Map<Long, Long> toMap(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
